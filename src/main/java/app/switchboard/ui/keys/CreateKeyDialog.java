package app.switchboard.ui.keys;

import app.switchboard.keys.KeyNames;
import app.switchboard.keys.Permissions;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.textfield.TextFields;

/**
 * Asks for a new key: account, name, and standard or restricted with a permission list that is checked
 * as it is typed (form, duplicates, Twilio's limit of 100).
 */
final class CreateKeyDialog {

    /** What the user asked for. */
    record Request(String accountSid, String name, List<String> permissions) {
    }

    private CreateKeyDialog() {
    }

    static Optional<Request> ask(Window owner, List<String> accounts) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New API key");
        dialog.setHeaderText("Create an API key. Its secret is shown once, right after creation.");
        dialog.setGraphic(Icons.of(AppIcon.KEY_PLUS));

        ComboBox<String> account = new ComboBox<>(FXCollections.observableArrayList(accounts));
        account.getSelectionModel().selectFirst();
        TextField name = new TextField();
        name.setPromptText("e.g. billing-service production");
        Label nameProblem = problemLabel();
        ToggleGroup kind = new ToggleGroup();
        RadioButton standard = new RadioButton("Standard: every API except Accounts and Keys");
        RadioButton restricted = new RadioButton("Restricted: only the permissions listed below");
        standard.setToggleGroup(kind);
        restricted.setToggleGroup(kind);
        standard.setSelected(true);

        ObservableList<String> permissions = FXCollections.observableArrayList();
        ListView<String> list = new ListView<>(permissions);
        list.setPrefHeight(140);
        list.setStyle(KeysView.MONO);
        TextField permission = new TextField();
        permission.setPromptText("/twilio/messaging/messages/create");
        permission.setStyle(KeysView.MONO);
        TextFields.bindAutoCompletion(permission, Permissions.COMMON);
        Button add = new Button("Add");
        Button remove = new Button("Remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> permissions.remove(list.getSelectionModel().getSelectedItem()));
        Runnable addTyped = () -> {
            String p = permission.getText().strip();
            if (!p.isEmpty()) {
                permissions.add(p);
                permission.clear();
            }
        };
        add.setOnAction(e -> addTyped.run());
        permission.setOnAction(e -> addTyped.run());
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.size(permissions).asString("%d / " + Permissions.MAX + " permissions"));
        Label permProblem = problemLabel();
        HBox.setHgrow(permission, Priority.ALWAYS);
        VBox permBox = new VBox(6, new HBox(6, permission, add, remove), list, count, permProblem);
        permBox.disableProperty().bind(restricted.selectedProperty().not());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Account"), account);
        grid.addRow(1, new Label("Name"), new VBox(4, name, nameProblem));
        grid.addRow(2, new Label("Kind"), new VBox(6, standard, restricted));
        grid.addRow(3, new Label("Permissions"), permBox);
        GridPane.setHgrow(name, Priority.ALWAYS);
        VBox content = new VBox(grid);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);

        ButtonType createType = new ButtonType("Create key", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, createType);
        Button create = (Button) dialog.getDialogPane().lookupButton(createType);
        create.getStyleClass().add(Styles.ACCENT);

        Runnable validate = () -> {
            Optional<String> n = KeyNames.problem(name.getText());
            nameProblem.setText(name.getText().isEmpty() ? "" : n.orElse(""));
            List<String> p = restricted.isSelected() ? Permissions.problems(new ArrayList<>(permissions)) : List.of();
            permProblem.setText(String.join("\n", p));
            create.setDisable(n.isPresent() || !p.isEmpty() || account.getValue() == null);
        };
        name.textProperty().addListener((o, a, b) -> validate.run());
        permissions.addListener((javafx.collections.ListChangeListener<String>) c -> validate.run());
        kind.selectedToggleProperty().addListener((o, a, b) -> validate.run());
        validate.run();

        dialog.setResultConverter(bt -> bt == createType
                ? new Request(account.getValue(), name.getText().strip(),
                restricted.isSelected() ? List.copyOf(permissions) : List.of())
                : null);
        return dialog.showAndWait();
    }

    private static Label problemLabel() {
        Label l = new Label();
        l.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }
}

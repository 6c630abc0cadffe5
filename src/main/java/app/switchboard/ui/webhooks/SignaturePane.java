package app.switchboard.ui.webhooks;

import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Validates an X-Twilio-Signature or computes one, showing the exact string that was signed. */
final class SignaturePane extends GridPane {

    SignaturePane(WebhooksViewModel model) {
        getStyleClass().add("tab-body");
        setHgap(12);
        setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);

        TextField url = new TextField();
        url.setPromptText("https://example.com/voice?CallerId=1 — exactly as configured in Twilio");
        url.textProperty().bindBidirectional(model.signatureUrlProperty());
        url.getStyleClass().add("mono");

        ToggleGroup kind = new ToggleGroup();
        ToggleButton form = new ToggleButton("Form parameters");
        ToggleButton json = new ToggleButton("JSON body");
        form.getStyleClass().add(Styles.LEFT_PILL);
        json.getStyleClass().add(Styles.RIGHT_PILL);
        form.setToggleGroup(kind);
        json.setToggleGroup(kind);
        kind.selectToggle(model.jsonBodyProperty().get() ? json : form);
        kind.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                kind.selectToggle(a);
            } else {
                model.jsonBodyProperty().set(b == json);
            }
        });

        StackPane body = new StackPane(paramsEditor(model), jsonEditor(model));
        body.setPrefHeight(250);

        PasswordField token = new PasswordField();
        token.setPromptText("Auth Token of the account (forgotten when you leave this screen)");
        token.textProperty().bindBidirectional(model.tokenProperty());
        TextField signature = new TextField();
        signature.setPromptText("X-Twilio-Signature header value");
        signature.textProperty().bindBidirectional(model.signatureProperty());
        signature.getStyleClass().add("mono");

        Button verify = new Button("Verify", Icons.of(AppIcon.SHIELD_CHECK_OUTLINE));
        verify.getStyleClass().add(Styles.ACCENT);
        verify.setDefaultButton(true);
        verify.setOnAction(e -> model.verifySignature());
        Button sign = new Button("Compute signature", Icons.of(AppIcon.DRAW));
        sign.setOnAction(e -> model.computeSignature());
        Label verdict = verdictLabel(model);
        HBox actions = new HBox(8, verify, sign, verdict);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextArea signed = new TextArea();
        signed.setEditable(false);
        signed.setWrapText(true);
        signed.setPrefRowCount(2);
        signed.getStyleClass().add("mono");
        signed.textProperty().bind(model.signedStringProperty());
        signed.setPromptText("The exact string that was HMAC-SHA1 signed appears here");

        int row = 0;
        addRow(row++, new Label("URL"), url);
        addRow(row++, new Label("Body"), new HBox(form, json));
        addRow(row++, new Label(""), body);
        addRow(row++, new Label("Auth Token"), token);
        addRow(row++, new Label("Signature"), signature);
        addRow(row++, new Label(""), actions);
        addRow(row, new Label("Signed string"), signed);
    }

    private static VBox paramsEditor(WebhooksViewModel model) {
        TableView<ParamRow> table = new TableView<>(model.params());
        table.setEditable(true);
        TableColumn<ParamRow, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(200);
        TableColumn<ParamRow, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> c.getValue().valueProperty());
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setPrefWidth(360);
        table.getColumns().setAll(java.util.List.of(name, value));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label("No parameters: add them, or import a raw form body"));
        VBox.setVgrow(table, Priority.ALWAYS);
        Button add = new Button("Add", Icons.of(AppIcon.PLUS));
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(e -> model.addParam());
        Button remove = new Button("Remove", Icons.of(AppIcon.MINUS));
        remove.getStyleClass().add(Styles.SMALL);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.params().remove(table.getSelectionModel().getSelectedItem()));
        TextField raw = new TextField();
        raw.setPromptText("or paste a raw form body: CallSid=CA…&From=%2B1415…");
        HBox.setHgrow(raw, Priority.ALWAYS);
        Button importBody = new Button("Import", Icons.of(AppIcon.CONTENT_PASTE));
        importBody.getStyleClass().add(Styles.SMALL);
        importBody.setOnAction(e -> model.importFormBody(raw.getText()));
        HBox tools = new HBox(6, add, remove, raw, importBody);
        tools.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, table, tools);
        box.visibleProperty().bind(model.jsonBodyProperty().not());
        return box;
    }

    private static TextArea jsonEditor(WebhooksViewModel model) {
        TextArea json = new TextArea();
        json.setPromptText("{\"raw\": \"JSON body exactly as received\"} — the URL must carry bodySHA256");
        json.getStyleClass().add("mono");
        json.textProperty().bindBidirectional(model.bodyProperty());
        json.visibleProperty().bind(model.jsonBodyProperty());
        return json;
    }

    private static Label verdictLabel(WebhooksViewModel model) {
        Label verdict = new Label();
        verdict.textProperty().bind(model.verdictTextProperty());
        verdict.setWrapText(true);
        model.verdictProperty().addListener((o, a, v) -> {
            verdict.getStyleClass().removeAll("verdict-valid", "verdict-invalid", "verdict-signed");
            switch (v) {
                case VALID:
                    verdict.getStyleClass().add("verdict-valid");
                    verdict.setGraphic(Icons.of(AppIcon.CHECK_CIRCLE));
                    break;
                case INVALID:
                case ERROR:
                    verdict.getStyleClass().add("verdict-invalid");
                    verdict.setGraphic(Icons.of(AppIcon.CLOSE_CIRCLE));
                    break;
                case SIGNED:
                    verdict.getStyleClass().add("verdict-signed");
                    verdict.setGraphic(Icons.of(AppIcon.DRAW));
                    break;
                default:
                    verdict.setGraphic(null);
            }
        });
        return verdict;
    }
}

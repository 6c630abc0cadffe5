package app.switchboard.ui.accounts;

import app.switchboard.accounts.CredentialKind;
import app.switchboard.accounts.ProfileValidator;
import app.switchboard.accounts.ProfileValidator.Field;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The profile form. The secret stays in the {@link PasswordField}: its characters go to the view model only
 * when testing or saving, and the field is cleared when the form closes ({@link #dispose()}).
 */
final class ProfileFormView extends VBox {

    private final ProfileFormViewModel vm;
    private final PasswordField secret = new PasswordField();

    ProfileFormView(ProfileFormViewModel vm, Runnable cancel) {
        this.vm = vm;
        getStyleClass().addAll("card", "profile-form");
        setSpacing(14);
        setId("profile-form");

        Label title = new Label(vm.isEditing() ? "Edit profile" : "Add a profile");
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label("Switchboard needs a Main API key or the Auth Token: standard keys cannot list "
                + "accounts or keys.");
        intro.getStyleClass().add("field-hint");
        intro.setWrapText(true);

        TextField name = text("profile-name", vm.nameProperty(), "e.g. Production");
        TextField accountSid = text("profile-account-sid", vm.accountSidProperty(), "AC…");
        accountSid.getStyleClass().add("mono");

        ToggleGroup kinds = new ToggleGroup();
        ToggleButton apiKey = kindButton(kinds, CredentialKind.API_KEY, "kind-api-key", Styles.LEFT_PILL);
        ToggleButton token = kindButton(kinds, CredentialKind.AUTH_TOKEN, "kind-auth-token", Styles.RIGHT_PILL);
        HBox kindBox = new HBox(apiKey, token);

        TextField keySid = text("profile-key-sid", vm.keySidProperty(), "SK…");
        keySid.getStyleClass().add("mono");
        Node keySidRow = field("API key SID", keySid, vm.errorProperty(Field.KEY_SID));
        keySidRow.visibleProperty().bind(vm.kindProperty().isEqualTo(CredentialKind.API_KEY));
        keySidRow.managedProperty().bind(keySidRow.visibleProperty());

        secret.setId("profile-secret");
        secret.setPromptText(vm.isEditing() ? "Leave empty to keep the stored secret" : "");
        secret.textProperty().addListener((o, was, now) -> vm.secretLengthProperty().set(now.length()));
        decorate(secret, vm.errorProperty(Field.SECRET));
        Label secretLabel = new Label();
        secretLabel.textProperty().bind(Bindings.when(vm.kindProperty().isEqualTo(CredentialKind.API_KEY))
                .then("API key secret").otherwise("Auth Token"));

        ComboBox<String> edge = combo("profile-edge", vm.edgeProperty(), ProfileValidator.EDGES);
        ComboBox<String> region = combo("profile-region", vm.regionProperty(), ProfileValidator.REGIONS);
        HBox location = new HBox(12, labelled("Region", region, vm.errorProperty(Field.REGION)),
                labelled("Edge", edge, vm.errorProperty(Field.EDGE)));

        GridPane urls = new GridPane();
        urls.setHgap(10);
        urls.setVgap(8);
        int row = 0;
        for (var entry : vm.baseUrls().entrySet()) {
            TextField url = text("base-url-" + entry.getKey(), entry.getValue(), "default");
            GridPane.setHgrow(url, Priority.ALWAYS);
            urls.addRow(row++, new Label(entry.getKey()), url);
        }
        Label urlError = error(vm.errorProperty(Field.BASE_URL));
        Label urlHint = new Label("Point products at another host, such as a local sandbox. Plain http is "
                + "accepted only for 127.0.0.1 / localhost.");
        urlHint.getStyleClass().add("field-hint");
        urlHint.setWrapText(true);
        TitledPane advanced = new TitledPane("Advanced: base-URL overrides", new VBox(8, urlHint, urls, urlError));
        advanced.setExpanded(!vm.baseUrls().values().stream().allMatch(p -> p.get().isBlank()));
        advanced.getStyleClass().add(Styles.DENSE);

        Button test = new Button("Test connection", Icons.of(AppIcon.LAN_CONNECT));
        test.setId("test-connection");
        test.setOnAction(e -> vm.test(secret.getText().toCharArray()));
        Button save = new Button("Save", Icons.of(AppIcon.CONTENT_SAVE_OUTLINE));
        save.setId("save-profile");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save(secret.getText().toCharArray()));
        Button cancelButton = new Button("Cancel");
        cancelButton.setId("cancel-profile");
        cancelButton.setCancelButton(true);
        cancelButton.setOnAction(e -> cancel.run());
        test.disableProperty().bind(vm.busyProperty());
        save.disableProperty().bind(vm.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, test, spinner, grow, cancelButton, save);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(new VBox(4, title, intro),
                field("Profile name", name, vm.errorProperty(Field.NAME)),
                field("Account SID", accountSid, vm.errorProperty(Field.ACCOUNT_SID)),
                new VBox(6, fieldLabel("Credential"), kindBox),
                keySidRow,
                new VBox(4, secretLabel, secret, error(vm.errorProperty(Field.SECRET))),
                location, advanced, resultBox(), buttons);
        secretLabel.getStyleClass().add("field-label");
    }

    /** Clears the secret field; called when the form closes. */
    void dispose() {
        secret.clear();
    }

    TextInputControl firstField() {
        return (TextInputControl) lookup("#profile-name");
    }

    private Node resultBox() {
        FontIcon icon = Icons.blank();
        Label title = new Label();
        title.setId("test-result-title");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.textProperty().bind(vm.resultTitleProperty());
        title.setGraphic(icon);
        Label detail = new Label();
        detail.setId("test-result-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(vm.resultDetailProperty());
        VBox box = new VBox(title, detail);
        box.getStyleClass().add("result-box");
        box.visibleProperty().bind(vm.resultKindProperty().isNotEqualTo(ProfileFormViewModel.ResultKind.NONE));
        box.managedProperty().bind(box.visibleProperty());
        vm.resultKindProperty().addListener((o, was, now) -> {
            box.getStyleClass().removeAll("success", "failure");
            boolean ok = now == ProfileFormViewModel.ResultKind.SUCCESS;
            box.getStyleClass().add(ok ? "success" : "failure");
            icon.setIconCode(ok ? AppIcon.CHECK_CIRCLE_OUTLINE : AppIcon.ALERT_CIRCLE_OUTLINE);
            icon.getStyleClass().setAll("ikonli-font-icon", ok ? Styles.SUCCESS : Styles.DANGER);
        });
        return box;
    }

    private ToggleButton kindButton(ToggleGroup group, CredentialKind kind, String id, String pill) {
        ToggleButton b = new ToggleButton(kind.label());
        b.setId(id);
        b.setToggleGroup(group);
        b.getStyleClass().add(pill);
        b.setSelected(vm.kindProperty().get() == kind);
        b.setOnAction(e -> {
            b.setSelected(true);
            vm.kindProperty().set(kind);
        });
        return b;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty property, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static ComboBox<String> combo(String id, javafx.beans.property.StringProperty property,
                                          java.util.List<String> values) {
        ComboBox<String> c = new ComboBox<>();
        c.setId(id);
        c.getItems().add("");
        c.getItems().addAll(values);
        c.setPromptText("Default");
        // Blank means "not set": Twilio's default host (us1, nearest edge).
        c.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? "Default" : value;
            }

            @Override
            public String fromString(String text) {
                return "Default".equals(text) ? "" : text;
            }
        });
        c.setMaxWidth(Double.MAX_VALUE);
        c.valueProperty().bindBidirectional(property);
        return c;
    }

    private static VBox labelled(String label, ComboBox<String> combo, ObservableStringValue error) {
        combo.setPrefWidth(220);
        VBox box = new VBox(4, fieldLabel(label), combo, error(error));
        HBox.setHgrow(box, Priority.ALWAYS);
        decorate(combo, error);
        return box;
    }

    private static VBox field(String label, TextInputControl input, ObservableStringValue error) {
        decorate(input, error);
        return new VBox(4, fieldLabel(label), input, error(error));
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("field-label");
        return l;
    }

    private static Label error(ObservableStringValue message) {
        Label l = new Label();
        l.getStyleClass().add("field-error");
        l.setWrapText(true);
        l.textProperty().bind(message);
        l.visibleProperty().bind(Bindings.isNotEmpty(message));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static void decorate(Node input, ObservableStringValue error) {
        error.addListener((o, was, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
        input.pseudoClassStateChanged(Styles.STATE_DANGER, !error.get().isEmpty());
    }
}

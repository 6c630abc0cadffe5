package app.switchboard.ui.settings;

import app.switchboard.settings.Theme;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.beans.property.IntegerProperty;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Settings screen: grouped cards of plain values, each saved as soon as it changes. */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsViewModel vm) {
        setId("settings-view");
        setFitToWidth(true);
        getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);

        ComboBox<Theme> theme = new ComboBox<>();
        theme.setId("settings-theme");
        theme.getItems().setAll(Theme.values());
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? "" : t.label();
            }

            @Override
            public Theme fromString(String s) {
                return null;
            }
        });
        theme.valueProperty().bindBidirectional(vm.themeProperty());
        Node appearance = card("Appearance", row("Theme", "Light, dark, or follow the operating system.", theme));

        Label store = new Label();
        store.setId("settings-secret-store");
        store.getStyleClass().add(Styles.TEXT_BOLD);
        store.setGraphic(Icons.of(AppIcon.LOCK_OUTLINE));
        store.textProperty().bind(vm.secretStoreProperty());
        Label storeDetail = new Label();
        storeDetail.getStyleClass().add("field-hint");
        storeDetail.setWrapText(true);
        storeDetail.textProperty().bind(vm.secretStoreDetailProperty());
        VBox passphrase = passphraseForm(vm);
        passphrase.visibleProperty().bind(vm.fileStoreProperty());
        passphrase.managedProperty().bind(passphrase.visibleProperty());
        Node secrets = card("Secret storage", new VBox(6, store, storeDetail), passphrase);

        Node keys = card("API keys", row("Maximum key age", "Keys older than this are flagged for rotation.",
                spinner("settings-key-age", vm.keyMaxAgeDaysProperty(), 1, 3650, "days")));
        Node log = card("Request log",
                row("Keep requests for", "Older entries are removed.",
                        spinner("settings-log-days", vm.logRetentionDaysProperty(), 1, 3650, "days")),
                row("Keep at most", "The oldest entries go first.",
                        spinner("settings-log-rows", vm.logRetentionRowsProperty(), 100, 10_000_000, "requests")),
                row("Database size limit", "", spinner("settings-log-mb", vm.logRetentionMegabytesProperty(), 1, 100_000, "MB")));
        Node traffic = card("Live traffic", row("Sampling interval", "How often live load is sampled (at least 1 s).",
                spinner("settings-sampler", vm.samplerIntervalSecondsProperty(), 1, 3600, "seconds")));

        Label file = new Label();
        file.getStyleClass().add("field-hint");
        file.textProperty().bind(vm.settingsFileProperty().map(f -> "Settings are saved in " + f));
        VBox content = new VBox(16, appearance, secrets, keys, log, traffic, file);
        content.getStyleClass().add("screen");
        content.setMaxWidth(860);
        setContent(content);
    }

    private static VBox passphraseForm(SettingsViewModel vm) {
        PasswordField current = new PasswordField();
        current.setPromptText("Current passphrase");
        PasswordField replacement = new PasswordField();
        replacement.setPromptText("New passphrase");
        PasswordField confirmation = new PasswordField();
        confirmation.setPromptText("New passphrase again");
        Button change = new Button("Change passphrase");
        change.setOnAction(e -> {
            vm.changePassphrase(current.getText().toCharArray(), replacement.getText().toCharArray(),
                    confirmation.getText().toCharArray());
            current.clear();
            replacement.clear();
            confirmation.clear();
        });
        Label message = new Label();
        message.getStyleClass().add("field-error");
        message.textProperty().bind(vm.passphraseMessageProperty());
        HBox fields = new HBox(8, current, replacement, confirmation, change);
        fields.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, fields, message);
    }

    private static Spinner<Integer> spinner(String id, IntegerProperty property, int min, int max, String unit) {
        Spinner<Integer> s = new Spinner<>(min, max, property.get());
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(140);
        s.getStyleClass().add(Styles.RIGHT_PILL);
        s.valueProperty().addListener((o, was, now) -> property.set(now));
        property.addListener((o, was, now) -> s.getValueFactory().setValue(now.intValue()));
        s.setUserData(unit);
        return s;
    }

    private static Node row(String title, String hint, Node control) {
        Label label = new Label(title);
        label.getStyleClass().add("field-label");
        Label hintLabel = new Label(hint);
        hintLabel.getStyleClass().add("field-hint");
        hintLabel.setWrapText(true);
        VBox text = new VBox(2, label, hintLabel);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox controls = new HBox(8, control);
        controls.setAlignment(Pos.CENTER_RIGHT);
        if (control.getUserData() instanceof String) {
            Label unit = new Label((String) control.getUserData());
            unit.getStyleClass().add(Styles.TEXT_MUTED);
            unit.setMinWidth(64);
            controls.getChildren().add(unit);
        }
        HBox row = new HBox(16, text, controls);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node card(String title, Node... rows) {
        Label label = new Label(title);
        label.getStyleClass().add("card-title");
        VBox card = new VBox(14, label);
        card.getChildren().addAll(rows);
        card.getStyleClass().add("card");
        return card;
    }
}

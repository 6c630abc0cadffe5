package app.switchboard.ui.keys;

import app.switchboard.keys.NewKey;
import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import atlantafx.base.theme.Styles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Shows a new key's secret the one time Twilio returns it: masked until revealed, copied on request
 * (and wiped from the clipboard after a minute if it is still there), and impossible to close before the
 * user confirms they stored it.
 */
public final class SecretOnceDialog implements SecretPresenter {
    static final Duration CLIPBOARD_LIFETIME = Duration.seconds(60);

    private final Window owner;

    public SecretOnceDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showOnce(NewKey key) {
        char[] secret = key.secret();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("New API key: store its secret now");
        dialog.setHeaderText("Twilio shows this secret only once. Store it in your secret manager now: it cannot "
                + "be shown again.");
        dialog.setGraphic(Icons.of(AppIcon.KEY_CHAIN_VARIANT));

        TextField sid = readOnly(key.key().sid());
        PasswordField masked = new PasswordField();
        masked.setText(new String(secret));
        masked.setEditable(false);
        TextField plain = readOnly(masked.getText());
        plain.setVisible(false);
        ToggleButton reveal = new ToggleButton(null, Icons.of(AppIcon.EYE_OUTLINE));
        reveal.setTooltip(new javafx.scene.control.Tooltip("Reveal"));
        plain.visibleProperty().bind(reveal.selectedProperty());
        masked.visibleProperty().bind(reveal.selectedProperty().not());
        Button copy = new Button("Copy", Icons.of(AppIcon.CONTENT_COPY));
        Label copied = new Label();
        copied.getStyleClass().add(Styles.TEXT_MUTED);
        copy.setOnAction(e -> {
            copyForAMinute(masked.getText());
            copied.setText("Copied. The clipboard is cleared in 60 s if it still holds the secret.");
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS); // the secret field takes the width: it must show whole when revealed
        grid.getColumnConstraints().addAll(labels, values);
        grid.addRow(0, new Label("Key SID"), sid);
        StackPane secretField = new StackPane(masked, plain);
        HBox.setHgrow(secretField, Priority.ALWAYS);
        secretField.setMaxWidth(Double.MAX_VALUE);
        HBox secretRow = new HBox(6, secretField, reveal, copy);
        secretRow.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(1, new Label("Secret"), secretRow);
        grid.addRow(2, new Label("Name"), new Label(key.key().friendlyName()));
        CheckBox stored = new CheckBox("I have stored the secret somewhere safe");
        VBox content = new VBox(14, grid, copied, stored);
        content.setPadding(new Insets(10, 12, 0, 12));
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.OK);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText("Done");
        ok.disableProperty().bind(stored.selectedProperty().not());
        // Closing by the window's X or Escape is refused until the user confirmed.
        dialog.getDialogPane().getScene().getWindow().setOnCloseRequest(e -> {
            if (!stored.isSelected()) {
                e.consume();
            }
        });
        try {
            dialog.showAndWait();
        } finally {
            masked.clear();
            plain.clear();
            Arrays.fill(secret, '\0');
        }
    }

    private static TextField readOnly(String text) {
        TextField f = new TextField(text);
        f.setEditable(false);
        f.setStyle(KeysView.MONO);
        return f;
    }

    /**
     * Copies the secret and clears the clipboard after a minute if it still holds it. Only a hash is
     * kept for that check, so the timer does not hold the secret itself.
     */
    static void copyForAMinute(String secret) {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        ClipboardContent content = new ClipboardContent();
        content.putString(secret);
        clipboard.setContent(content);
        byte[] fingerprint = sha256(secret);
        PauseTransition later = new PauseTransition(CLIPBOARD_LIFETIME);
        later.setOnFinished(e -> {
            String now = clipboard.hasString() ? clipboard.getString() : null;
            if (now != null && MessageDigest.isEqual(fingerprint, sha256(now))) {
                clipboard.clear();
            }
        });
        later.play();
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

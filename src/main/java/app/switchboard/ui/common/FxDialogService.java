package app.switchboard.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;

/** The app's dialogs: AtlantaFX-styled alerts owned by the main window, notifications via ControlsFX. */
public final class FxDialogService implements DialogService {

    private final java.util.function.Supplier<Window> owner;

    /** {@code owner} gives the window dialogs are centred on (may return null before it exists). */
    public FxDialogService(java.util.function.Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, String details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message, icon(AppIcon.ALERT_CIRCLE_OUTLINE, Styles.DANGER));
        if (details != null && !details.isBlank()) {
            TextArea area = new TextArea(details);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(4);
            area.getStyleClass().add(Styles.TEXT_SMALL);
            alert.getDialogPane().setExpandableContent(area);
            alert.getDialogPane().setExpanded(true);
        }
        alert.getButtonTypes().setAll(ButtonType.CLOSE);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String actionLabel) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, icon(AppIcon.HELP_CIRCLE_OUTLINE, Styles.ACCENT));
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, action);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public boolean confirmByTyping(String title, String message, String expected, String actionLabel) {
        Alert alert = alert(Alert.AlertType.WARNING, title, null, icon(AppIcon.ALERT_OUTLINE, Styles.DANGER));
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(ButtonType.CANCEL, action);
        TextField typed = new TextField();
        typed.setPromptText(expected);
        Label hint = new Label("Type " + expected + " to confirm.");
        Label text = new Label(message);
        text.setWrapText(true);
        VBox box = new VBox(10, text, hint, typed);
        box.setPadding(new Insets(4, 0, 0, 0));
        alert.getDialogPane().setContent(box);
        Node button = alert.getDialogPane().lookupButton(action);
        button.getStyleClass().add(Styles.DANGER);
        button.disableProperty().bind(typed.textProperty().isNotEqualTo(expected));
        javafx.application.Platform.runLater(typed::requestFocus);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    @Override
    public void notify(String title, String message) {
        Window w = owner.get();
        Notifications n = Notifications.create().title(title).text(message).hideAfter(Duration.seconds(4))
                .position(Pos.BOTTOM_RIGHT).graphic(icon(AppIcon.CHECK_CIRCLE_OUTLINE, Styles.SUCCESS));
        if (w != null) {
            n.owner(w);
        }
        n.show();
    }

    private Alert alert(Alert.AlertType type, String title, String message, Node graphic) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.setGraphic(graphic);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }

    private static FontIcon icon(org.kordamp.ikonli.Ikon ikon, String style) {
        FontIcon icon = Icons.of(ikon, 32);
        icon.getStyleClass().add(style);
        return icon;
    }
}

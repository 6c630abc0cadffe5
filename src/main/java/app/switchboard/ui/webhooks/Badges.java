package app.switchboard.ui.webhooks;

import app.switchboard.webhooks.Severity;
import javafx.scene.control.Label;

/** Small coloured labels for severities and states (styles in webhooks.css). */
final class Badges {

    private Badges() {
    }

    static Label severity(Severity severity) {
        if (severity == null) {
            return badge("ok", "sev-ok");
        }
        return badge(severity.label(), "sev-" + severity.label());
    }

    static Label badge(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().addAll("sev-badge", styleClass);
        label.setMinWidth(javafx.scene.control.Control.USE_PREF_SIZE);
        return label;
    }
}

package app.switchboard.ui.debugger;

import java.util.Locale;
import javafx.scene.control.Label;

/** A coloured pill for an alert's log level. */
final class LevelBadge extends Label {

    LevelBadge() {
        getStyleClass().add("level-badge");
    }

    void setLevel(String level) {
        String l = level == null ? "" : level.toLowerCase(Locale.ROOT);
        setText(l.isEmpty() ? "—" : l.toUpperCase(Locale.ROOT));
        getStyleClass().removeIf(c -> c.startsWith("level-") && !c.equals("level-badge"));
        getStyleClass().add("level-" + (l.isEmpty() ? "none" : l));
    }
}

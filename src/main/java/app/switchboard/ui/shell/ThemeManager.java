package app.switchboard.ui.shell;

import app.switchboard.settings.Theme;
import app.switchboard.ui.common.TaskRunner;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Applies AtlantaFX Primer light or dark. "Follow system" starts light (the first frame must not wait for a
 * process) and switches once the OS answered in the background.
 */
public final class ThemeManager {

    private final TaskRunner tasks;
    private final ReadOnlyBooleanWrapper dark = new ReadOnlyBooleanWrapper();
    private int request;
    private boolean applied;

    public ThemeManager(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /** Call on the FX thread. */
    public void apply(Theme theme) {
        int mine = ++request;
        if (theme != Theme.SYSTEM) {
            setDark(theme == Theme.DARK);
            return;
        }
        if (!applied) {
            setDark(false);
        }
        tasks.run("detect-os-theme", OsThemeDetector::prefersDark, osDark -> {
            // A later choice wins over a slow answer from the OS.
            if (mine == request) {
                setDark(osDark);
            }
        }, e -> { });
    }

    public ReadOnlyBooleanProperty darkProperty() {
        return dark.getReadOnlyProperty();
    }

    private void setDark(boolean isDark) {
        applied = true;
        dark.set(isDark);
        // The binary form AtlantaFX ships is loaded without parsing ~200 KB of CSS on the first frame's path.
        Application.setUserAgentStylesheet(isDark
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }
}

package app.switchboard.ui;

import app.switchboard.ui.common.AppIcon;
import app.switchboard.ui.common.Icons;
import app.switchboard.ui.common.TaskRunner;
import java.util.List;

/**
 * Loads the classes the first frame needs on a second core while the JavaFX toolkit starts on the first,
 * so the FX thread finds them ready (measured by {@code switchboard bench startup}). Only loads and
 * initialises classes that need no toolkit; failures are irrelevant and ignored.
 */
final class Preloader {

    // Only what the first frame needs (the window's chrome): loading more would take CPU from the FX thread
    // on a busy machine. The first screen is built after that frame.
    private static final List<String> CLASSES = List.of(
            "com.google.gson.Gson",
            "atlantafx.base.theme.PrimerLight",
            "atlantafx.base.theme.Styles",
            "app.switchboard.ui.common.AppIcon",
            "org.kordamp.ikonli.javafx.FontIcon",
            "org.kordamp.ikonli.IkonResolverProvider",
            "javafx.scene.control.skin.MenuButtonSkin",
            "javafx.scene.control.skin.ToggleButtonSkin",
            "javafx.scene.control.skin.ButtonSkin",
            "javafx.scene.control.skin.LabelSkin",
            "app.switchboard.ui.shell.MainWindow",
            "app.switchboard.ui.shell.ShellViewModel",
            "app.switchboard.ui.shell.Sidebar",
            "app.switchboard.ui.shell.StatusBar",
            "app.switchboard.ui.shell.AccountSwitcher",
            "app.switchboard.settings.SettingsStore");

    private Preloader() {
    }

    /**
     * Loads the icon font on a pool thread while the FX thread applies the theme (the toolkit is up by now,
     * and an icon not yet in a scene may be built off the FX thread).
     */
    static void warmIcons(TaskRunner tasks) {
        tasks.run("warm-icons", () -> Icons.of(AppIcon.ACCOUNT_SWITCH), icon -> { }, e -> { });
    }

    /**
     * Reads the theme's binary stylesheet once and drops it: the FX thread then finds the stylesheet reader's
     * classes loaded and its code warmed when it applies the theme (JavaFX keeps no cache to fill from here).
     */
    private static void warmStylesheetReader() {
        try {
            String theme = new atlantafx.base.theme.PrimerLight().getUserAgentStylesheetBSS();
            javafx.css.Stylesheet.loadBinary(Preloader.class.getResource(theme));
        } catch (Throwable ignored) {
            // Preloading is an optimisation only.
        }
    }

    static void start() {
        Thread t = new Thread(() -> {
            ClassLoader loader = Preloader.class.getClassLoader();
            for (String name : CLASSES) {
                try {
                    // Initialise only our own and library classes that need no toolkit; skins are just loaded.
                    Class.forName(name, !name.startsWith("javafx.") && !name.startsWith("app.switchboard.ui"), loader);
                } catch (Throwable ignored) {
                    // Preloading is an optimisation only.
                }
            }
            warmStylesheetReader();
        }, "switchboard-preload");
        t.setDaemon(true);
        t.start();
    }
}

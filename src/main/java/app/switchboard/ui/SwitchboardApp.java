package app.switchboard.ui;

import app.switchboard.AppPaths;
import app.switchboard.settings.Settings;
import app.switchboard.ui.common.FxDialogService;
import app.switchboard.ui.common.FxTaskRunner;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application. Builds only what the first frame needs (settings, the window, empty screens) on
 * the FX thread; the keychain probe and the services start after it, in the background.
 *
 * <p>With {@code -Dswitchboard.firstFrameExit=true} (used by {@code switchboard bench startup}) it prints
 * {@code FIRST_FRAME_MS=…} and {@code RSS_MB=…} once the first screen's data is painted, then exits.
 */
public class SwitchboardApp extends Application {

    public static final String FIRST_FRAME_EXIT = "switchboard.firstFrameExit";
    static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};

    private FxTaskRunner tasks;
    private Shell shell;

    public static void launchGui(String[] args) {
        Preloader.start();
        Application.launch(SwitchboardApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        boolean measuring = Boolean.getBoolean(FIRST_FRAME_EXIT);
        AppPaths paths = AppPaths.forCurrentUser();
        tasks = new FxTaskRunner(4);
        Preloader.warmIcons(tasks);
        AppContext ctx = new AppContext(paths, tasks, new FxDialogService(() -> stage),
                AppContext.defaultSecretStorage(paths));
        ctx.setBrowser(getHostServices()::showDocument);
        shell = new Shell(ctx, AppWiring.load());
        Settings.WindowBounds bounds = ctx.settings().get().getWindow();
        Scene scene = shell.scene(bounds == null ? 1280 : bounds.width(), bounds == null ? 820 : bounds.height());
        stage.setScene(scene);
        stage.setTitle("Switchboard");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        restorePosition(stage, bounds);
        addIcons(stage);
        stage.setOnCloseRequest(e -> rememberBounds(ctx, stage));
        stage.show();
        if (measuring) {
            FirstFrameProbe.exitAfterReady(scene, shell.window());
        }
        // After the first pulse, so nothing below delays the first frame.
        Platform.runLater(() -> shell.startBackground(measuring));
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
        if (tasks != null) {
            tasks.close();
        }
    }

    private static void restorePosition(Stage stage, Settings.WindowBounds b) {
        if (b == null) {
            stage.centerOnScreen();
            return;
        }
        // Only where a screen still is: the monitor it was on may be gone.
        boolean visible = !javafx.stage.Screen.getScreensForRectangle(new Rectangle2D(b.x(), b.y(), 100, 100)).isEmpty();
        if (visible) {
            stage.setX(b.x());
            stage.setY(b.y());
        }
        stage.setMaximized(b.maximized());
    }

    private static void rememberBounds(AppContext ctx, Stage stage) {
        try {
            ctx.settings().update(s -> s.setWindow(new Settings.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        } catch (RuntimeException e) {
            // Closing must not fail because the window size could not be remembered.
        }
    }

    /** The app icon set, when present (it is added with the installers). */
    static void addIcons(Stage stage) {
        for (String size : ICON_SIZES) {
            try (InputStream in = SwitchboardApp.class.getResourceAsStream("/app/switchboard/icons/switchboard-" + size + ".png")) {
                if (in != null) {
                    stage.getIcons().add(new Image(in));
                }
            } catch (java.io.IOException ignored) {
                // A missing or unreadable icon only means the OS default icon.
            }
        }
    }

    /** Prints the time from JVM start to the first frame that shows the first screen's data, then exits. */
    static final class FirstFrameProbe {

        private FirstFrameProbe() {
        }

        static void exitAfterReady(Scene scene, app.switchboard.ui.shell.MainWindow window) {
            window.currentReady().thenRun(() -> {
                Runnable[] listener = new Runnable[1];
                listener[0] = () -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    // The pulse that lays out the data also renders it; report once it has been scheduled.
                    Platform.runLater(() -> {
                        long start = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
                        System.out.println("FIRST_FRAME_MS=" + (System.currentTimeMillis() - start));
                        System.out.println("RSS_MB=" + Rss.megabytes());
                        System.out.flush();
                        Runtime.getRuntime().halt(0);
                    });
                };
                scene.addPostLayoutPulseListener(listener[0]);
                Platform.requestNextPulse();
            });
            // Never hang a benchmark: give up after a minute.
            Thread watchdog = new Thread(() -> {
                try {
                    TimeUnit.SECONDS.sleep(60);
                } catch (InterruptedException e) {
                    return;
                }
                System.out.println("FIRST_FRAME_MS=-1");
                Runtime.getRuntime().halt(3);
            }, "first-frame-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }
    }
}

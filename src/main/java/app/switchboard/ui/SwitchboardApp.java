package app.switchboard.ui;

import app.switchboard.AppPaths;
import app.switchboard.settings.Settings;
import app.switchboard.ui.common.FxDialogService;
import app.switchboard.ui.common.FxTaskRunner;
import app.switchboard.ui.common.NextPulse;
import app.switchboard.ui.common.WhenQuiet;
import app.switchboard.ui.shell.Screen;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The JavaFX application. Builds only what the first frame needs (settings, the window's chrome, a loading
 * placeholder for the first screen) on the FX thread; after that frame the first screen is built, and the
 * keychain probe and the services (the demo sandbox, the client) start in the background.
 *
 * <p>With {@code -Dswitchboard.firstFrameExit=true} (used by {@code switchboard bench startup}) it prints
 * {@code FIRST_FRAME_MS=…} at the main window's first frame, {@code DATA_MS=…} and {@code RSS_MB=…} once the
 * first screen's data is painted, then exits.
 */
public class SwitchboardApp extends Application {

    public static final String FIRST_FRAME_EXIT = "switchboard.firstFrameExit";
    static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};
    /**
     * How long the window must go without input before the Keys screen is prepared: its preparation holds the FX
     * thread for a few frames of up to about 90 ms (styling a screen for the first time), unseen when nothing is
     * typed, clicked or pointed at meanwhile.
     */
    static final java.time.Duration PREPARE_WHEN_QUIET = java.time.Duration.ofMillis(500);

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
        AppContext ctx = new AppContext(paths, tasks, new FxDialogService(() -> stage),
                AppContext.defaultSecretStorage(paths));
        ctx.setBrowser(getHostServices()::showDocument);
        shell = open(stage, ctx, measuring);
    }

    /**
     * Opens the main window in {@code stage} and starts the app behind it, as a launch does: its first frame shows
     * the window's chrome, the services and the first screen follow, then the other screens' classes load in the
     * background. Also used by {@code bench keys}, which measures a screen in the app itself. FX thread.
     *
     * @param inMemorySecrets keep secrets in memory instead of probing the keychain (measurements)
     */
    public static Shell open(Stage stage, AppContext ctx, boolean inMemorySecrets) {
        Preloader.warmIcons(ctx.tasks());
        Shell shell = new Shell(ctx, AppWiring::load);
        Settings.WindowBounds bounds = ctx.settings().get().getWindow();
        Scene scene = shell.firstFrameScene(bounds == null ? 1280 : bounds.width(), bounds == null ? 820 : bounds.height());
        stage.setScene(scene);
        stage.setTitle("Switchboard");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        restorePosition(stage, bounds);
        stage.setOnCloseRequest(e -> rememberBounds(ctx, stage));
        stage.show();
        if (Boolean.getBoolean(FIRST_FRAME_EXIT)) {
            // Before anything else waits for the first frame: its time is reported before their work runs.
            FirstFrameProbe.report(scene, shell.window());
        }
        // After the first frame, so nothing of it delays that frame. The window's icons are decoded on a pool
        // thread: setting them costs the FX thread a conversion per size.
        NextPulse.then(scene, () -> {
            shell.afterFirstFrame(inMemorySecrets);
            ctx.tasks().run("window-icons", SwitchboardApp::loadIcons, icons -> stage.getIcons().setAll(icons), e -> { });
        });
        shell.window().currentReady().thenRun(() -> Platform.runLater(() -> NextPulse.then(scene,
                () -> warmUpScreens(scene, shell))));
        return shell;
    }

    /**
     * Once the first screen shows its data: loads the other screens' classes in the background, then builds the
     * API Keys screen (the one admins come for) hidden, once the window has had no input for a moment.
     */
    private static void warmUpScreens(Scene scene, Shell shell) {
        ScreenClassWarmup.start().thenRun(() -> Platform.runLater(
                () -> WhenQuiet.then(scene, PREPARE_WHEN_QUIET, () -> shell.window().prepare(Screen.KEYS))));
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

    /** The app icon set, when present (it is added with the installers); any thread. */
    static List<Image> loadIcons() {
        List<Image> icons = new ArrayList<>();
        for (String size : ICON_SIZES) {
            try (InputStream in = SwitchboardApp.class.getResourceAsStream("/app/switchboard/icons/switchboard-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            } catch (java.io.IOException ignored) {
                // A missing or unreadable icon only means the OS default icon.
            }
        }
        return icons;
    }

    /**
     * The benchmark's probe: prints {@code FIRST_FRAME_MS=…} (since JVM start), {@code FIRST_FRAME_AT=…} (epoch
     * milliseconds) and {@code FIRST_FRAME_CPU_MS=…} once the first frame of the main window has been laid out for
     * painting (shell, sidebar, demo badge, the first screen in its loading state), then {@code DATA_MS=…},
     * {@code DATA_AT=…} and {@code RSS_MB=…} once the first frame showing the first screen's data has, then exits.
     */
    static final class FirstFrameProbe {

        private FirstFrameProbe() {
        }

        static void report(Scene scene, app.switchboard.ui.shell.MainWindow window) {
            NextPulse.then(scene, () -> {
                System.out.println("FIRST_FRAME_MS=" + sinceJvmStart());
                System.out.println("FIRST_FRAME_AT=" + System.currentTimeMillis());
                System.out.println("FIRST_FRAME_CPU_MS=" + ProcessCpu.millis());
                System.out.flush();
                window.currentReady().thenRun(() -> NextPulse.then(scene, () -> {
                    System.out.println("DATA_MS=" + sinceJvmStart());
                    System.out.println("DATA_AT=" + System.currentTimeMillis());
                    System.out.println("RSS_MB=" + ResidentMemory.megabytes());
                    System.out.println("KERNEL_RSS_MB=" + ResidentMemory.kernelRssMegabytes());
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                }));
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

        static long sinceJvmStart() {
            return System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        }
    }
}

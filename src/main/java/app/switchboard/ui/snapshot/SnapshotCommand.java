package app.switchboard.ui.snapshot;

import app.switchboard.AppPaths;
import app.switchboard.TempFolders;
import app.switchboard.settings.Theme;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.AppWiring;
import app.switchboard.ui.Shell;
import app.switchboard.ui.common.FxCall;
import app.switchboard.ui.common.FxDialogService;
import app.switchboard.ui.common.FxTaskRunner;
import app.switchboard.ui.shell.Screen;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code switchboard snapshot DIR}: renders every main screen on the Demo workspace, headless, once its data
 * has loaded, to {@code DIR/<screen>.png}. Uses a throw-away home folder, so the user's files are untouched.
 */
@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render every screen with demo data to DIR/<screen>.png (works without a display).")
public final class SnapshotCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder for the PNG files (created if needed).")
    Path dir;

    @Option(names = "--theme", defaultValue = "light", description = "light or dark (default: ${DEFAULT-VALUE}).")
    String theme;

    @Option(names = "--width", defaultValue = "1400", description = "Image width (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", defaultValue = "900", description = "Image height (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = "--timeout", defaultValue = "30", description = "Seconds to wait for a screen's data (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Theme chosen;
        if ("light".equalsIgnoreCase(theme)) {
            chosen = Theme.LIGHT;
        } else if ("dark".equalsIgnoreCase(theme)) {
            chosen = Theme.DARK;
        } else {
            System.err.println("--theme must be light or dark");
            return 2;
        }
        Files.createDirectories(dir);
        Path home = Files.createTempDirectory("switchboard-snapshot");
        Headless.apply();
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxTaskRunner tasks = new FxTaskRunner(2);
        Shell[] shell = new Shell[1];
        try {
            FxCall.await(() -> {
                AppPaths paths = AppPaths.under(home);
                Stage stage = new Stage();
                AppContext ctx = new AppContext(paths, tasks, new FxDialogService(() -> stage),
                        AppContext.defaultSecretStorage(paths));
                ctx.settings().update(s -> s.setTheme(chosen));
                shell[0] = new Shell(ctx, AppWiring.load());
                stage.setScene(shell[0].scene(width, height));
                stage.show();
                shell[0].startBackground(true);
                return null;
            });
            for (Screen screen : Screen.ALL) {
                Path file = dir.resolve(screen.id() + ".png");
                render(shell[0], screen, file);
                System.out.println("wrote " + file);
            }
            return 0;
        } finally {
            FxCall.await(() -> {
                if (shell[0] != null) {
                    shell[0].stop();
                }
                return null;
            });
            tasks.close();
            Platform.exit();
            TempFolders.deleteQuietly(home);
        }
    }

    private void render(Shell shell, Screen screen, Path file) throws Exception {
        CompletableFuture<Void> ready = FxCall.await(() -> {
            shell.viewModel().navigate(screen);
            return shell.window().currentReady().toCompletableFuture();
        });
        try {
            ready.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            System.err.println(screen.id() + ": data did not arrive within " + timeoutSeconds + " s; rendering as is");
        }
        // Let the layout and any fade-in settle for a few pulses.
        Thread.sleep(400);
        // The status bar refreshes once a second; the picture shows what it shows at its next refresh.
        WritableImage image = FxCall.await(() -> {
            shell.viewModel().refreshStatus();
            shell.window().applyCss();
            shell.window().layout();
            return shell.window().getScene().snapshot(null);
        });
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        } catch (IOException e) {
            throw new IOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}

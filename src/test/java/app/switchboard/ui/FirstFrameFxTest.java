package app.switchboard.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.AppPaths;
import app.switchboard.ui.common.FxDialogService;
import app.switchboard.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app's start: a first frame of the window's chrome, then the first screen and the services. */
@ExtendWith(ApplicationExtension.class)
class FirstFrameFxTest {

    @TempDir
    static Path home;

    private final FxTaskRunner tasks = new FxTaskRunner(2);
    private Shell shell;
    private volatile boolean servicesStarted;

    @Start
    void start(Stage stage) {
        AppPaths paths = AppPaths.under(home);
        AppContext ctx = new AppContext(paths, tasks, new FxDialogService(() -> stage),
                AppContext.defaultSecretStorage(paths));
        shell = new Shell(ctx, new AppWiring() {
            @Override
            public void registerScreens(AppContext c) {
            }

            @Override
            public void startServices(AppContext c) {
                servicesStarted = true;
                c.plugIn(AppContext.Services.NONE);
            }
        });
        stage.setScene(shell.firstFrameScene(1280, 820));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void theFirstFrameShowsTheChromeAndALoadingScreenThenTheScreenAndItsData(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#screen-loading").tryQuery().isPresent());
        assertTrue(robot.lookup("#nav-accounts").tryQuery().isPresent());
        assertTrue(robot.lookup("#demo-badge").tryQuery().isPresent());
        assertFalse(shell.window().currentReady().toCompletableFuture().isDone());
        assertFalse(servicesStarted);

        robot.interact(() -> shell.afterFirstFrame(true));
        shell.window().currentReady().toCompletableFuture().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(servicesStarted);
        assertFalse(robot.lookup("#screen-loading").tryQuery().isPresent());
        assertTrue(shell.window().currentContent().isPresent());
    }
}

package app.switchboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.AppPaths;
import app.switchboard.ui.common.FxDialogService;
import app.switchboard.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app as launched, on its demo: the Keys screen is prepared while the window is quiet and its first visit shows it. */
@ExtendWith(ApplicationExtension.class)
class PreparedKeysScreenFxTest {

    @TempDir
    static Path home;

    private final FxTaskRunner tasks = new FxTaskRunner(4);
    private Shell shell;
    private Stage window;

    @Start
    void start(Stage primary) {
        // A window of its own: the app sets its minimum size, which the tests sharing the primary stage must not keep.
        window = new Stage();
        AppPaths paths = AppPaths.under(home);
        AppContext ctx = new AppContext(paths, tasks, new FxDialogService(() -> window), AppContext.defaultSecretStorage(paths));
        shell = SwitchboardApp.open(window, ctx, true);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            shell.stop();
            window.close();
        });
        tasks.close();
    }

    @Test
    void theKeysScreenIsPreparedHiddenWithNothingLoadedAndItsFirstVisitShowsTheDemoKeys(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> shell.window().lookup(".keys-view") != null);
        Node prepared = shell.window().lookup(".keys-view");
        assertEquals("Accounts", robot.lookup("#screen-title").queryAs(Label.class).getText());
        assertFalse(prepared.isVisible());
        // Its parts join a frame each, the table among them.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> prepared.lookup("#keys-table") != null);
        TableView<?> table = (TableView<?>) prepared.lookup("#keys-table");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(table.getItems().isEmpty(), "prepared, not activated: no keys listed yet");

        robot.clickOn("#nav-keys");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell").queryAll().stream()
                .anyMatch(n -> n instanceof TableRow<?> row && row.getItem() != null && row.getTableView() == table));
        assertSame(prepared, shell.window().lookup(".keys-view"), "the prepared screen is the one shown");
        assertTrue(prepared.isVisible());
        assertEquals("API Keys", robot.lookup("#screen-title").queryAs(Label.class).getText());
    }
}

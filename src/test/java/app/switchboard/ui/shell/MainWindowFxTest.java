package app.switchboard.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.ui.AppContext;
import app.switchboard.ui.AppWiring;
import app.switchboard.ui.ShellFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    @TempDir
    static Path home;

    private ShellFixture fixture;
    private TextField keysSearch;
    private TextField laterSearch;
    private int keysBuilt;
    private int keysActivated;

    @Start
    void start(Stage stage) {
        // A registered screen with a search field, standing in for a feature screen.
        AppWiring wiring = new AppWiring() {
            @Override
            public void registerScreens(AppContext ctx) {
                keysSearch = new TextField();
                keysSearch.setId("keys-search");
                ctx.screens().register(Screen.KEYS, () -> {
                    keysBuilt++;
                    return ScreenContent.of(new javafx.scene.layout.VBox(keysSearch), () -> keysActivated++, () -> { },
                            null, keysSearch);
                });
                // A screen whose search field joins about a second after the screen, as staged screens' parts do.
                laterSearch = new TextField();
                ctx.screens().register(Screen.WEBHOOKS, () -> ScreenContent.of(new javafx.scene.layout.VBox(
                        app.switchboard.ui.common.RevealLater.part(() -> laterSearch, 60)), () -> { }, () -> { }, null,
                        laterSearch));
            }

            @Override
            public void startServices(AppContext ctx) {
            }
        };
        // Each test starts on Accounts, whatever screen the one before left remembered.
        new app.switchboard.settings.SettingsStore(home.resolve("config")).update(s -> s.setLastScreen(Screen.ACCOUNTS.id()));
        fixture = new ShellFixture(stage, home, wiring);
    }

    @AfterEach
    void stop() {
        fixture.tasks.close();
    }

    private String title(FxRobot robot) {
        return robot.lookup("#screen-title").queryAs(Label.class).getText();
    }

    @Test
    void everyScreenIsReachableFromTheSidebarAndByShortcut(FxRobot robot) throws Exception {
        for (Screen screen : Screen.ALL) {
            robot.clickOn("#nav-" + screen.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(screen.title(), title(robot));
        }
        for (Screen screen : Screen.ALL) {
            robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + screen.number())).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(screen.title(), title(robot));
        }
    }

    @Test
    void aPreparedScreenIsStyledHiddenAndItsFirstVisitShowsThatSameScreen(FxRobot robot) {
        robot.interact(() -> fixture.shell.window().prepare(Screen.KEYS));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Screen.ACCOUNTS.title(), title(robot));
        assertEquals(1, keysBuilt);
        assertEquals(0, keysActivated, "prepared, not activated: it loads nothing");
        assertTrue(keysSearch.getScene() != null && !keysSearch.getStyleClass().isEmpty() && !keysSearch.getParent().isVisible());
        assertTrue(keysSearch.getSkin() != null, "styled while hidden");

        robot.clickOn("#nav-keys");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, keysBuilt, "the prepared screen is the one shown");
        assertEquals(1, keysActivated);
        assertTrue(keysSearch.getParent().isVisible());
        robot.interact(() -> fixture.shell.window().prepare(Screen.KEYS));
        assertEquals(1, keysBuilt);
    }

    @Test
    void unregisteredScreensShowAnEmptyStateAndTheDemoIsLabelled(FxRobot robot) {
        robot.clickOn("#nav-debugger");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".empty-state").tryQuery().isPresent());
        assertTrue(robot.lookup("#demo-badge").queryAs(Label.class).isVisible());
    }

    @Test
    void ctrlFFocusesTheScreensSearchField(FxRobot robot) {
        robot.clickOn("#nav-keys");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(keysSearch.isFocused());
    }

    @Test
    void ctrlFRightAfterNavigatingFocusesASearchFieldThatJoinsLater(FxRobot robot) throws Exception {
        robot.clickOn("#nav-webhooks");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(laterSearch.getScene() == null, "asked before the field joined the window");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> laterSearch.getScene() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(laterSearch.isFocused());
    }

    @Test
    void theLastScreenIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#nav-log");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> Files.exists(home.resolve("config/settings.json"))
                        && Files.readString(home.resolve("config/settings.json")).contains("\"log\""));
        assertEquals("log", fixture.ctx.settings().get().getLastScreen());
    }

    @Test
    void tooltipsAreBuiltOnTheFirstHoverAndAreAccessibleHelpBefore(FxRobot robot) {
        javafx.scene.control.ToggleButton keys = robot.lookup("#nav-keys").queryAs(javafx.scene.control.ToggleButton.class);
        assertEquals(null, keys.getTooltip());
        assertEquals("API Keys  (Ctrl+2)", keys.getAccessibleHelp());
        robot.moveTo(keys);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("API Keys  (Ctrl+2)", keys.getTooltip().getText());
    }

    @Test
    void theStatusBarShowsTheLastRequestIdAndConcurrencyOnceTheFeedHasThem(FxRobot robot) {
        Label requestId = robot.lookup("#status-request-id").queryAs(Label.class);
        Label concurrency = robot.lookup("#status-concurrency").queryAs(Label.class);
        javafx.scene.control.Button copy = robot.lookup("#copy-request-id").queryAs(javafx.scene.control.Button.class);
        assertEquals("No requests yet", requestId.getText());
        assertEquals("Concurrency —", concurrency.getText());
        assertTrue(copy.isDisabled(), "nothing to copy yet");
        assertTrue(robot.lookup("#status-secret-store").queryAs(Label.class).getText().startsWith("Secrets: "));

        StatusFeed feed = () -> new StatusFeed.Snapshot(7, "RQ0123456789abcdef0123456789abcdef", TwilioStatusReport.NOT_CHECKED);
        robot.interact(() -> {
            fixture.ctx.plugIn(new AppContext.Services(AppContext.Services.NONE.connectionTester(),
                    AppContext.Services.NONE.accountDirectory(), feed, null));
            fixture.shell.viewModel().refreshStatus();
        });
        assertEquals("RQ0123456789abcdef0123456789abcdef", requestId.getText());
        assertEquals("Concurrency 7", concurrency.getText());
        assertTrue(!copy.isDisabled(), "the request id can be copied");
    }

    @Test
    void theChromeFitsTheSmallestWindowWithARequestIdShown(FxRobot robot) {
        StatusFeed feed = () -> new StatusFeed.Snapshot(7, "RQ0123456789abcdef0123456789abcdef", TwilioStatusReport.NOT_CHECKED);
        robot.interact(() -> {
            fixture.ctx.plugIn(new AppContext.Services(AppContext.Services.NONE.connectionTester(),
                    AppContext.Services.NONE.accountDirectory(), feed, null));
            fixture.shell.viewModel().refreshStatus();
        });
        javafx.scene.Parent root = robot.lookup("#status-request-id").query().getScene().getRoot();
        double[] min = new double[1];
        robot.interact(() -> min[0] = root.minWidth(-1));
        // SwitchboardApp's smallest window: everything in it must fit, or the right edge of every screen is cut.
        assertTrue(min[0] <= 960, "the window's content needs " + min[0] + " px");
    }

    @Test
    void ctrlKOpensTheSwitcherWithTheWorkspacesAsTheyAreWhenItOpens(FxRobot robot) {
        AccountSwitcher switcher = robot.lookup("#account-switcher").queryAs(AccountSwitcher.class);
        assertTrue(switcher.getItems().isEmpty(), "nothing built before it is opened");
        robot.press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(switcher.isShowing());
        assertTrue(switcher.getItems().stream().anyMatch(i -> "Demo workspace".equals(i.getText())
                && ((javafx.scene.control.RadioMenuItem) i).isSelected()), "the demo workspace, selected");
        assertTrue(robot.lookup("Demo workspace").tryQuery().isPresent(), "shown in the open menu");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!switcher.isShowing());
    }
}

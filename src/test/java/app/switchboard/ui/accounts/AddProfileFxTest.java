package app.switchboard.ui.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.accounts.AccountNode;
import app.switchboard.accounts.AccountStatus;
import app.switchboard.accounts.AccountsException;
import app.switchboard.accounts.ConnectionResult;
import app.switchboard.accounts.SubaccountTree;
import app.switchboard.accounts.TwilioFailure;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.ShellFixture;
import app.switchboard.ui.shell.StatusFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Add a profile through the form (test → save → switch) against a fake connection, then see its accounts. */
@ExtendWith(ApplicationExtension.class)
class AddProfileFxTest {

    static final String AC = ProfileFormViewModelTest.AC;
    static final String DEMO = "AC" + "d".repeat(32);

    @TempDir
    static Path home;

    private ShellFixture fixture;

    @Start
    void start(Stage stage) {
        AppContext.Services services = new AppContext.Services(
                (profile, secret) -> "right-secret".equals(new String(secret))
                        ? ConnectionResult.success(ProfileFormViewModelTest.TREE)
                        : ConnectionResult.failed(new TwilioFailure(TwilioFailure.Kind.AUTHENTICATION, 401, 20003,
                        "Authenticate", "https://www.twilio.com/docs/errors/20003", null)),
                target -> {
                    if (target.isDemo()) {
                        return SubaccountTree.of(DEMO, List.of(new AccountNode(DEMO, "Demo main", AccountStatus.ACTIVE, "Full", DEMO)));
                    }
                    if (target.profile().accountSid().equals(AC)) {
                        return ProfileFormViewModelTest.TREE;
                    }
                    throw new AccountsException("unknown");
                },
                StatusFeed.none(), DEMO);
        fixture = new ShellFixture(stage, home, ShellFixture.servicesOnly(services));
    }

    @AfterEach
    void stop() {
        fixture.tasks.close();
    }

    @Test
    void addTestSaveSwitch(FxRobot robot) throws Exception {
        robot.clickOn("#nav-accounts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.ctx.secrets().get() != null);
        robot.clickOn("#add-profile");
        robot.clickOn("#profile-name").write("Production");
        robot.clickOn("#profile-account-sid").write("AC123");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".field-error").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("32 hex") && n.isVisible()));
        robot.doubleClickOn("#profile-account-sid").eraseText(5).write(AC);
        robot.clickOn("#profile-key-sid").write(ProfileFormViewModelTest.SK);
        robot.clickOn("#profile-secret").write("wrong-secret");
        robot.clickOn("#test-connection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#test-result-title").queryAs(Label.class).getText().contains("20003"));
        assertTrue(robot.lookup("#test-result-detail").queryAs(Label.class).getText().contains("Main API key"));

        robot.doubleClickOn("#profile-secret").eraseText(12).write("right-secret");
        robot.clickOn("#test-connection");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#test-result-title").queryAs(Label.class).getText().equals("Connected to Acme Production"));
        robot.clickOn("#save-profile");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#profile-form").tryQuery().isEmpty());
        String json = Files.readString(home.resolve("config/profiles.json"));
        assertTrue(json.contains("Production"));
        assertFalse(json.contains("right-secret"), "no secret in the profiles file");

        // The profile list reloads in the background after the save.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Production").tryQuery().isPresent());
        robot.clickOn("Production");
        robot.clickOn("#use-profile");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            TreeTableView<?> tree = robot.lookup("#subaccount-tree").queryAs(TreeTableView.class);
            return tree.getRoot() != null && tree.getExpandedItemCount() == 3;
        });
        assertEquals("Production", fixture.ctx.workspace().target().displayName());
        assertFalse(robot.lookup("#demo-badge").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#status-account").queryAs(Label.class).getText().startsWith("Production"));
    }
}

package app.switchboard.ui.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.AppPaths;
import app.switchboard.accounts.ConnectionResult;
import app.switchboard.accounts.ProfileService;
import app.switchboard.accounts.ProfileStore;
import app.switchboard.accounts.secrets.CredentialStoreException;
import app.switchboard.accounts.secrets.SecretStorage;
import app.switchboard.ui.AppContext;
import app.switchboard.ui.common.DirectTaskRunner;
import app.switchboard.ui.common.RecordingDialogService;
import app.switchboard.ui.shell.ShellViewModel;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Accounts screen's first showing: its parts join over frames, and the secrets-file choice only when needed. */
@ExtendWith(ApplicationExtension.class)
class AccountsViewFxTest {

    @TempDir
    Path dir;
    private StackPane root;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root = new StackPane();
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    private AccountsView view(SecretStorage storage) {
        DirectTaskRunner tasks = new DirectTaskRunner();
        AppContext ctx = new AppContext(AppPaths.under(dir), tasks, new RecordingDialogService(), storage);
        AccountsViewModel vm = new AccountsViewModel(tasks, new RecordingDialogService(),
                new ProfileService(new ProfileStore(dir), storage), storage,
                () -> (p, s) -> ConnectionResult.success(ProfileFormViewModelTest.TREE), p -> { }, () -> { });
        return new AccountsView(vm, new ShellViewModel(ctx));
    }

    @Test
    void theProfilesAndTheTreeJoinAfterTheScreenAndTheTreeSaysWhenItIsIn(FxRobot robot) throws Exception {
        SecretStorage storage = new SecretStorage(dir.resolve("s.enc"), () -> {
            throw new IllegalStateException("not used");
        });
        storage.useInMemory();
        AccountsView view = WaitForAsyncUtils.asyncFx(() -> view(storage)).get();
        robot.interact(() -> {
            root.getChildren().setAll(view);
            assertTrue(view.lookup("#profile-list") == null && view.lookup("#subaccount-tree") == null,
                    "neither part is built in the frame the screen joins");
            assertFalse(view.treeShownProperty().get());
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> view.treeShownProperty().get());
        robot.interact(() -> {
            assertTrue(view.lookup("#subaccount-tree").getScene() != null, "shown means in the window");
            assertTrue(view.lookup("#profile-list") != null);
            assertTrue(view.lookup("#secret-store-choice") == null, "the keychain (here memory) needs no choice");
        });
    }

    @Test
    void theChoiceOfASecretsFileIsBuiltWhenNoKeychainAnswered(FxRobot robot) throws Exception {
        SecretStorage storage = new SecretStorage(dir.resolve("secrets.enc"), () -> {
            throw new CredentialStoreException(CredentialStoreException.Reason.UNAVAILABLE, "No OS keychain here.");
        });
        AccountsView view = WaitForAsyncUtils.asyncFx(() -> view(storage)).get();
        robot.interact(() -> root.getChildren().setAll(view));
        robot.interact(() -> assertTrue(view.lookup("#secret-store-choice") == null, "not needed before the probe"));
        robot.interact(() -> storage.probe(false)); // the probe's answer arrives while the screen is shown
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertTrue(view.lookup("#secret-store-choice") != null && view.lookup("#secret-store-choice").isVisible());
            assertEquals(1, view.lookupAll("#secret-store-choice").size(), "built once");
        });
    }
}

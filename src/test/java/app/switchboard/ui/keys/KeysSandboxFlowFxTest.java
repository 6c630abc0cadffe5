package app.switchboard.ui.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.keys.ApiKey;
import app.switchboard.keys.CreateResult;
import app.switchboard.keys.KeyFiles;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.RotationService;
import app.switchboard.keys.TwilioKeyGateway;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.ui.common.FxDialogService;
import app.switchboard.ui.common.FxTaskRunner;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys screen built as the app builds it (FxTaskRunner, FxDialogService, SecretOnceDialog, the real
 * gateway) against the sandbox: create → store the secret → copy → revoke with a typed confirmation, and a
 * rotation of a standard key through the wizard.
 */
@ExtendWith(ApplicationExtension.class)
class KeysSandboxFlowFxTest {
    private static Sandbox sandbox;
    private static DemoAccount demo;
    private static TwilioClient client;
    private static AccountClient account;

    @TempDir
    static Path dir;
    private FxTaskRunner tasks;
    private KeyService service;
    private KeysViewModel vm;
    private Stage stage;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        demo = sandbox.demoAccount();
        client = TwilioClient.create();
        account = client.account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    @AfterAll
    static void stopSandbox() {
        client.close();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Clock clock = Clock.systemUTC();
        KeyUsageTracker usage = new KeyUsageTracker();
        client.addListener(usage);
        KeyFiles files = KeyFiles.under(dir);
        service = files.service(new TwilioKeyGateway(client, account), "tester", clock);
        RotationService rotations = files.rotations(service, (a, s, c) -> { }, clock);
        tasks = new FxTaskRunner(4);
        FxDialogService dialogs = new FxDialogService(() -> stage);
        SecretOnceDialog secrets = new SecretOnceDialog(stage);
        KeyScope scope = new KeyScope() {
            @Override
            public List<String> accountSids() {
                return List.of(demo.accountSid());
            }

            @Override
            public String credentialSid() {
                return demo.apiKeySid();
            }
        };
        vm = new KeysViewModel(service, usage, scope, tasks, dialogs, secrets, clock, Throwable::getMessage);
        KeysView view = new KeysView(vm, () -> new RotationViewModel(rotations, usage, tasks, dialogs, secrets, clock,
                Throwable::getMessage));
        stage.setScene(new Scene(view, 1280, 760));
        stage.show();
        vm.activate();
    }

    @Stop
    void stop() {
        vm.deactivate();
        tasks.close();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T extends Node> T find(FxRobot robot, Class<T> type, Predicate<T> p) throws Exception {
        waitUntil(() -> robot.lookup(n -> type.isInstance(n) && p.test(type.cast(n)) && n.isVisible()).tryQuery().isPresent());
        return robot.lookup(n -> type.isInstance(n) && p.test(type.cast(n)) && n.isVisible()).queryAs(type);
    }

    private static Button button(FxRobot robot, String text) throws Exception {
        return find(robot, Button.class, b -> text.equals(b.getText()));
    }

    private TableView<KeyRow> table(FxRobot robot) {
        return robot.lookup("#keys-table").queryTableView();
    }

    private boolean listed(String sid) {
        return vm.rows().stream().anyMatch(r -> r.sid().equals(sid));
    }

    private boolean existsAtTwilio(String sid) {
        return service.list(demo.accountSid()).stream().anyMatch(k -> k.sid().equals(sid));
    }

    private void select(FxRobot robot, String sid) throws Exception {
        waitUntil(() -> listed(sid));
        robot.interact(() -> {
            TableView<KeyRow> t = table(robot);
            KeyRow row = t.getItems().stream().filter(r -> r.sid().equals(sid)).findFirst().orElseThrow();
            t.getSelectionModel().clearAndSelect(t.getItems().indexOf(row));
            t.scrollTo(row);
        });
    }

    /** Types the last 6 characters of the SID into the typed confirmation and presses its action. */
    private void confirmByTyping(FxRobot robot, String sid, String action) throws Exception {
        String tail = sid.substring(sid.length() - 6);
        TextField typed = find(robot, TextField.class, f -> tail.equals(f.getPromptText()));
        Button go = button(robot, action);
        assertTrue(go.isDisabled(), "disabled until the SID's end is typed");
        robot.clickOn(typed).write(tail);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(go.isDisabled());
        robot.clickOn(go);
    }

    /** The secret dialog refuses to close before the user confirms; then Done. */
    private String storeSecret(FxRobot robot) throws Exception {
        Button done = button(robot, "Done");
        assertTrue(done.isDisabled(), "cannot be closed before the user confirms they stored the secret");
        robot.clickOn(button(robot, "Copy"));
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        snapshot(robot, done.getScene().getWindow(), "keys-secret-once.png");
        robot.clickOn(find(robot, CheckBox.class, c -> c.getText().startsWith("I have stored")));
        robot.clickOn(done);
        return copied[0];
    }

    @Test
    void createCopyThenRevokeWithTypedConfirmation(FxRobot robot) throws Exception {
        waitUntil(() -> !vm.busyProperty().get() && !vm.rows().isEmpty());
        snapshot(robot, stage, "keys-sandbox.png");
        robot.clickOn(button(robot, "New key"));
        robot.clickOn(find(robot, TextField.class, f -> "e.g. billing-service production".equals(f.getPromptText())))
                .write("fx created");
        robot.clickOn(button(robot, "Create key"));
        String secret = storeSecret(robot);
        ApiKey created = service.list(demo.accountSid()).stream().filter(k -> k.friendlyName().equals("fx created"))
                .findFirst().orElseThrow();
        assertTrue(secret != null && secret.length() >= 32, "the copy button put the secret on the clipboard");
        waitUntil(() -> listed(created.sid()));

        select(robot, created.sid());
        robot.clickOn(button(robot, "Revoke"));
        confirmByTyping(robot, created.sid(), "Revoke key");
        waitUntil(() -> !listed(created.sid()));
        assertFalse(existsAtTwilio(created.sid()));
    }

    @Test
    void rotateAStandardKeyThroughTheWizard(FxRobot robot) throws Exception {
        ApiKey old = ((CreateResult.Created) service.create(demo.accountSid(), "fx rotate me", List.of())).key().key();
        robot.interact(vm::refresh);
        select(robot, old.sid());
        robot.clickOn(button(robot, "Rotate"));
        robot.clickOn(button(robot, "1. Create the successor"));
        storeSecret(robot);
        Button deployed = button(robot, "3. I have deployed the new secret");
        waitUntil(() -> !deployed.isDisabled());
        robot.clickOn(deployed);
        robot.clickOn(button(robot, "4. Revoke the old key"));
        confirmByTyping(robot, old.sid(), "Revoke old key");
        Button revoke = button(robot, "4. Revoke the old key");
        waitUntil(() -> revoke.isDisabled() && !existsAtTwilio(old.sid()));
        snapshot(robot, revoke.getScene().getWindow(), "keys-rotation-done.png");
        assertTrue(service.list(demo.accountSid()).stream().anyMatch(k -> k.friendlyName().startsWith("fx rotate me (rotated ")));
        robot.clickOn(button(robot, "Close"));
        waitUntil(() -> !listed(old.sid()));
        assertEquals(List.of(), service.reconcilePending(), "no creation left in doubt");
    }

    private static void snapshot(FxRobot robot, Window window, String name) {
        robot.interact(() -> {
            try {
                Path out = Path.of("target", name);
                Files.createDirectories(out.getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(window.getScene().snapshot(null), null), "png", out.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}

package app.switchboard.ui.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.ui.common.DirectTaskRunner;
import java.io.File;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Debugger screen wired with {@link DebuggerServices#forClient} to the real client and the sandbox: list → detail. */
@ExtendWith(ApplicationExtension.class)
class DebuggerSandboxViewTest {

    private static Sandbox sandbox;
    private static TwilioClient client;
    private DebuggerViewModel vm;
    private Scene scene;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        client = TwilioClient.create();
    }

    @AfterAll
    static void stop() {
        client.close();
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        DemoAccount demo = sandbox.demoAccount();
        var account = client.account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
        vm = new DebuggerViewModel(new DirectTaskRunner(), DebuggerServices.forClient(client, account, Clock.systemUTC(),
                ZoneOffset.UTC), u -> { }, f -> { });
        scene = new Scene(new DebuggerView(vm), 1280, 800);
        stage.setScene(scene);
        stage.show();
        vm.activate();
    }

    @Test
    void alertsOfEveryAccountListedThenOneOpensWithItsDecodedRequest(FxRobot robot) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<AlertRow> table = robot.lookup("#alerts-table").queryAs(TableView.class);
        assertTrue(table.getItems().size() > 50, "seeded alerts: " + table.getItems().size());
        Set<String> accounts = table.getItems().stream().map(r -> r.alert().accountSid()).collect(Collectors.toSet());
        assertTrue(accounts.size() > 1, "the main account and its subaccounts: " + accounts);
        snapshot("debugger-sandbox-list.png");

        robot.clickOn(robot.lookup("#alerts-table .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        AlertRow selected = vm.selectedProperty().get();
        assertNotNull(selected);
        assertEquals(selected.alert().sid(), vm.detailProperty().get().row().alert().sid());
        assertTrue(vm.detailProperty().get().requestVariables().size() > 0, "fetched and decoded");
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.Labeled
                && ((javafx.scene.control.Labeled) n).getText() != null
                && ((javafx.scene.control.Labeled) n).getText().startsWith("Request variables (")).tryQuery().isPresent());
        snapshot("debugger-sandbox-detail.png");

        robot.interact(() -> robot.lookup(".tab-pane").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.events().size() > 0, "audit events of the sandbox");
        snapshot("debugger-sandbox-events.png");
    }

    private void snapshot(String name) throws IOException {
        File dir = new File("target/snapshots");
        dir.mkdirs();
        Node root = scene.getRoot();
        var image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name));
    }
}

package app.switchboard.ui.debugger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.ui.common.DirectTaskRunner;
import java.io.File;
import java.io.IOException;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DebuggerViewTest {

    private final DebuggerDemoData demo = new DebuggerDemoData();
    private DebuggerViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        vm = demo.viewModel(new DirectTaskRunner());
        scene = new Scene(new DebuggerView(vm), 1280, 800);
        stage.setScene(scene);
        stage.show();
        vm.activate();
    }

    @Test
    void clickingAnAlertShowsItsDecodedRequestAndResponse(FxRobot robot) throws IOException {
        TableView<AlertRow> alerts = robot.lookup("#alerts-table").queryAs(TableView.class);
        assertTrue(alerts.getItems().size() > 100);
        robot.clickOn("https://kev.inburke.com/zombo/zombocom.mp3");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("NO00ed1fb4aa449be2434d54ec8e492349", vm.selectedProperty().get().alert().sid());
        robot.lookup("Request variables (25)").query();
        assertTrue(robot.lookup("Called").tryQuery().isPresent(), "decoded variables are shown");
        snapshot(robot, "debugger-detail.png");

        robot.clickOn("Response body · html");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea body = robot.lookup(".code-area").queryAs(TextArea.class);
        assertTrue(body.getText().contains("405 Not Allowed"));
        snapshot(robot, "debugger-body.png");
    }

    @Test
    void groupsAndAuditEvents(FxRobot robot) throws IOException {
        robot.clickOn("Certificate expired");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("11236", vm.codeFilterProperty().get());
        snapshot(robot, "debugger-grouped.png");
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, vm.events().size());
        snapshot(robot, "debugger-events.png");
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        File dir = new File("target/snapshots");
        dir.mkdirs();
        Node root = scene.getRoot();
        var image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name));
    }
}

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
    private final DirectTaskRunner tasks = new DirectTaskRunner();
    private DebuggerViewModel vm;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        vm = demo.viewModel(tasks);
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
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertEquals(null, tabs.getTabs().get(1).getContent(), "the events pane is built when first opened");
        robot.interact(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, vm.events().size());
        TableView<?> events = (TableView<?>) tabs.getTabs().get(1).getContent().lookup(".table-view");
        assertEquals(4, events.getItems().size(), "and shows the events");
        snapshot(robot, "debugger-events.png");
    }

    @Test
    void pausedTailShowsTheNewAlertCounterAndARefusedRangeIsExplained(FxRobot robot) throws IOException {
        robot.clickOn(".toggle-switch .thumb-area");
        assertTrue(vm.liveTailProperty().get());
        robot.interact(() -> {
            tasks.tick();
            vm.pausedProperty().set(true);
            for (int i = 0; i < 12; i++) {
                demo.clock.advance(java.time.Duration.ofSeconds(1));
                var at = demo.clock.instant();
                demo.monitor.add(app.switchboard.debugger.Fixtures.alert(String.format("NO%032x", 0xfeed0000L + i),
                        DebuggerDemoData.SUPPORT.sid(), "11205", at, at), at);
                tasks.tick();
            }
            for (int i = 0; i < 6; i++) {
                demo.clock.advance(java.time.Duration.ofSeconds(1));
                tasks.tick();
            }
            vm.fromDayProperty().set(java.time.LocalDate.of(2026, 10, 1));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("12 new").tryQuery().isPresent());
        assertTrue(robot.lookup("Date range refused").tryQuery().isPresent());
        snapshot(robot, "debugger-tail-paused.png");
        robot.clickOn("12 new");
        assertEquals(0, vm.newWhilePausedProperty().get());
    }

    @Test
    void anIe1AccountShowsOneExplanation(FxRobot robot) throws IOException {
        robot.interact(() -> {
            DebuggerViewModel ie = new DebuggerViewModel(tasks, demo.services("ie1"), u -> { }, f -> { });
            scene.setRoot(new DebuggerView(ie));
            ie.activate();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".empty-state").tryQuery().isPresent());
        snapshot(robot, "debugger-ie1.png");
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        File dir = new File("target/snapshots");
        dir.mkdirs();
        Node root = scene.getRoot();
        var image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> root.snapshot(null, null)));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(dir, name));
    }
}

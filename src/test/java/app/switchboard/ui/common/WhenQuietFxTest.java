package app.switchboard.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WhenQuietFxTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("a window")), 400, 300);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void waitsWhileTheUserPointsAndRunsOnceTheWindowHasBeenQuiet(FxRobot robot) throws Exception {
        AtomicLong ranAt = new AtomicLong();
        // The input the window really received: the robot's last moves may reach it later than they are made.
        AtomicLong lastInput = new AtomicLong();
        robot.moveTo(scene.getRoot());
        long start = System.nanoTime();
        robot.interact(() -> {
            scene.addEventFilter(InputEvent.ANY, e -> {
                if (ranAt.get() == 0) {
                    lastInput.set(System.nanoTime());
                }
            });
            WhenQuiet.then(scene, Duration.ofMillis(300), () -> ranAt.set(System.nanoTime()));
        });
        for (int step = 0; System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(900); step++) {
            robot.moveBy(step % 2 == 0 ? 3 : -3, 0);
            Thread.sleep(50);
        }
        assertEquals(0, ranAt.get(), "not while the mouse moves over the window");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ranAt.get() != 0);
        assertTrue(ranAt.get() - lastInput.get() >= TimeUnit.MILLISECONDS.toNanos(295), "a quiet spell after the last move");
    }

    @Test
    void runsOnceAfterTheQuietSpellWithoutInput(FxRobot robot) throws Exception {
        AtomicLong runs = new AtomicLong();
        robot.interact(() -> WhenQuiet.then(scene, Duration.ofMillis(100), runs::incrementAndGet));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() == 1);
        robot.moveTo(scene.getRoot()).moveBy(5, 5);
        Thread.sleep(300);
        assertEquals(1, runs.get(), "once, and the window's input is no longer watched");
    }
}

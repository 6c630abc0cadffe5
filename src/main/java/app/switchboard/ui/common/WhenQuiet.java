package app.switchboard.ui.common;

import java.time.Duration;
import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Runs something once nobody has used a window for a while. Work that holds the FX thread for a few long frames
 * ahead of need (preparing a screen before its first visit) goes unseen while no input waits for an answer; done
 * while the user types or moves the mouse, it would show as a stutter.
 */
public final class WhenQuiet {

    private WhenQuiet() {
    }

    /** Runs {@code action} once {@code scene} has had no input for {@code quiet}, counted from now. FX thread. */
    public static void then(Scene scene, Duration quiet, Runnable action) {
        long[] lastInput = {System.nanoTime()};
        EventHandler<InputEvent> touched = e -> lastInput[0] = System.nanoTime();
        scene.addEventFilter(InputEvent.ANY, touched);
        PauseTransition wait = new PauseTransition(javafx.util.Duration.millis(quiet.toMillis()));
        wait.setOnFinished(e -> {
            Duration still = Duration.ofNanos(System.nanoTime() - lastInput[0]);
            if (still.compareTo(quiet) >= 0) {
                scene.removeEventFilter(InputEvent.ANY, touched);
                action.run();
            } else {
                wait.setDuration(javafx.util.Duration.millis(quiet.minus(still).toMillis() + 1));
                wait.playFromStart();
            }
        });
        wait.play();
    }
}

package app.switchboard.ui.common;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Runs something on the FX thread right after a scene's next pulse: the pulse that lays out, and so renders,
 * the scene as it is now. Used to build what the first frame does not need after that frame, and by the
 * startup benchmark to notice a frame.
 */
public final class NextPulse {

    private NextPulse() {
    }

    public static void then(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // Later, not inside the pulse: the frame is handed to the renderer first.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}

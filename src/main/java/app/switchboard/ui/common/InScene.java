package app.switchboard.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs something once a node is in a scene. Screens show their parts over a few frames ({@link RevealLater}),
 * so what acts on a part (growing a table, focusing a field) may have to wait for it to join the window.
 */
public final class InScene {

    private InScene() {
    }

    /** Runs {@code action} once, the first time {@code node} is in a scene (at once if it already is). */
    public static void then(Node node, Consumer<Scene> action) {
        if (node.getScene() != null) {
            action.accept(node.getScene());
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    node.sceneProperty().removeListener(this);
                    action.accept(now);
                }
            }
        });
    }
}

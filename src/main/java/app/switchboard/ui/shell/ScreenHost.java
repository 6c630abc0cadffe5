package app.switchboard.ui.shell;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Where the current screen is shown. A screen once shown stays in the scene, hidden and left out of layout,
 * so coming back to it costs no restyle: JavaFX re-applies every style of a subtree that is added to a scene
 * again, which for a full screen (hundreds of controls) held the FX thread for 100 ms and more. Hidden
 * screens are neither laid out nor painted, except a screen prepared ahead of its first visit, which is laid out
 * until another screen is shown.
 */
public final class ScreenHost extends StackPane {

    /** Shows {@code view} (adding it on its first time) and hides every other screen. */
    public void show(Node view) {
        if (!getChildren().contains(view)) {
            getChildren().add(view);
        }
        for (Node child : getChildren()) {
            boolean current = child == view;
            child.setVisible(current);
            child.setManaged(current);
        }
    }

    /**
     * Adds {@code view} hidden, leaving the current screen shown: it is styled now, and laid out at the size it
     * will have (it stays managed until another screen is shown), while the user is elsewhere; its first showing
     * then only makes it visible.
     */
    public void prepare(Node view) {
        if (!getChildren().contains(view)) {
            view.setVisible(false);
            getChildren().add(view);
        }
    }

    /** Takes a screen out of the scene for good (it was replaced, or was only a placeholder). */
    public void remove(Node view) {
        getChildren().remove(view);
    }
}

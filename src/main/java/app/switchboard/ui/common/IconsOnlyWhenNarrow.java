package app.switchboard.ui.common;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A toolbar's labelled actions show their icons only while the window is too narrow for the toolbar's other
 * controls at their smallest and the actions with their names (the app's smallest window is one). Their names
 * stay in their tooltips, which the caller installs.
 */
public final class IconsOnlyWhenNarrow {

    private IconsOnlyWhenNarrow() {
    }

    public static void install(HBox bar, List<? extends Labeled> actions) {
        install(bar, actions, narrow -> {
            for (Labeled action : actions) {
                action.setContentDisplay(narrow ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
            }
        });
    }

    /**
     * Like {@link #install(HBox, List)}, for parts that drop their names some other way ({@code narrow} says when):
     * a switch whose skin draws its label itself, for instance.
     */
    public static void install(HBox bar, List<? extends Region> parts, Consumer<Boolean> narrow) {
        double[] needed = new double[1];
        InvalidationListener fit = o -> {
            Scene scene = bar.getScene();
            if (scene == null || bar.getWidth() <= 0) {
                return;
            }
            if (needed[0] == 0) {
                // Measured once, with the names shown: the room the bar needs to keep them.
                needed[0] = needed(bar, parts);
            }
            // The room is the window's, right of the bar: the bar itself is never laid out narrower than its minimum.
            double room = scene.getWidth() - bar.localToScene(0, 0).getX();
            narrow.accept(room < needed[0]);
        };
        bar.widthProperty().addListener(fit);
        InScene.then(bar, scene -> scene.widthProperty().addListener(new WeakInvalidationListener(fit)));
    }

    private static double needed(HBox bar, List<? extends Region> parts) {
        List<Node> shown = bar.getChildren().stream().filter(Node::isManaged).toList();
        double width = bar.getPadding().getLeft() + bar.getPadding().getRight()
                + bar.getSpacing() * Math.max(0, shown.size() - 1);
        for (Node n : shown) {
            width += parts.contains(n) ? n.prefWidth(-1) : n.minWidth(-1);
        }
        return width;
    }
}

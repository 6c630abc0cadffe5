package app.switchboard.ui.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        // The parts' widths with their names, measured whenever they show them: styles and texts may change them.
        Map<Node, Double> named = new HashMap<>();
        boolean[] isNarrow = new boolean[1];
        Runnable fit = () -> {
            Scene scene = bar.getScene();
            if (scene == null || bar.getWidth() <= 0) {
                return;
            }
            if (!isNarrow[0]) {
                parts.forEach(p -> named.put(p, p.prefWidth(-1)));
            }
            // The room is the window's, right of the bar: the bar itself is never laid out narrower than its minimum.
            double room = scene.getWidth() - bar.localToScene(0, 0).getX();
            boolean now = room < needed(bar, named);
            if (now != isNarrow[0]) {
                isNarrow[0] = now;
                narrow.accept(now);
            }
        };
        // Looked at once the layout pass that changed a width is over: the bar's place is final then.
        InvalidationListener later = new AfterLayout(fit);
        bar.widthProperty().addListener(later);
        InScene.then(bar, scene -> scene.widthProperty().addListener(new WeakInvalidationListener(later)));
    }

    /** The bar's width with the parts named and everything else at its smallest. */
    private static double needed(HBox bar, Map<Node, Double> named) {
        List<Node> shown = bar.getChildren().stream().filter(Node::isManaged).toList();
        double width = bar.getPadding().getLeft() + bar.getPadding().getRight()
                + bar.getSpacing() * Math.max(0, shown.size() - 1);
        for (Node n : shown) {
            Double w = named.get(n);
            width += w != null ? w : n.minWidth(-1);
        }
        return width;
    }
}

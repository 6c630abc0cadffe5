package app.switchboard.ui.common;

import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;

/**
 * Spreads the first showing of a view over frames. JavaFX styles and lays out everything that joins a window
 * in the frame it joins; a screen of several hundred nodes and a table full of cells take well over 50 ms each
 * on a slow machine, which the user sees as a frozen window.
 */
public final class RevealLater {

    private RevealLater() {
    }

    /**
     * A place for a secondary part of a view: empty in the frame the view first appears, then filled with
     * {@code content} (built then) in a frame of its own. The place keeps its size, so nothing around it moves.
     */
    public static StackPane part(Supplier<Node> content) {
        StackPane place = new StackPane();
        place.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene was, Scene now) {
                if (now != null) {
                    place.sceneProperty().removeListener(this);
                    NextPulse.then(now, () -> place.getChildren().setAll(content.get()));
                }
            }
        });
        return place;
    }

    /**
     * Lets a table's rows appear {@code rowsPerFrame} at a time the first time it fills: JavaFX builds and styles
     * the cells of every row the table can show in the frame its first item arrives (over 200 cells for a full
     * keys table). The table is held shorter than its place and grows a few rows a frame; later changes reuse
     * the cells. Needs a fixed cell size (the rows' height is known before they exist) and a place that lets a
     * child be shorter than itself, such as a split pane's part.
     */
    public static void rowsOf(TableView<?> table, int rowsPerFrame) {
        if (table.getFixedCellSize() <= 0) {
            throw new IllegalArgumentException("a table revealed row by row needs a fixed cell size");
        }
        StackPane.setAlignment(table, Pos.TOP_LEFT);
        table.getItems().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (!table.getItems().isEmpty()) {
                    table.getItems().removeListener(this);
                    grow(table, rowsPerFrame * table.getFixedCellSize());
                }
            }
        });
    }

    private static void grow(TableView<?> table, double step) {
        Node header = table.lookup(".column-header-background");
        if (table.getScene() == null || table.getHeight() <= 0 || header == null) {
            return; // not on screen yet: no frame to protect
        }
        double original = table.getMaxHeight();
        table.setMaxHeight(header.getLayoutBounds().getHeight() + step);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                double next = table.getMaxHeight() + step;
                if (table.getParent() == null || next >= table.getParent().getLayoutBounds().getHeight()) {
                    table.setMaxHeight(original);
                    stop();
                } else {
                    table.setMaxHeight(next);
                }
            }
        }.start();
    }
}

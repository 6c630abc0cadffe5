package app.switchboard.ui.common;

import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

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
     * keys table). The table is held shorter than its place, at the top, and grows a few rows a frame; later
     * changes reuse the cells. Needs a fixed cell size, so the rows' height is known before they exist.
     *
     * @return the table's place, to lay out where the table goes
     */
    public static Node rowsOf(TableView<?> table, int rowsPerFrame) {
        if (table.getFixedCellSize() <= 0) {
            throw new IllegalArgumentException("a table revealed row by row needs a fixed cell size");
        }
        VBox place = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getItems().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (!table.getItems().isEmpty()) {
                    table.getItems().removeListener(this);
                    grow(table, place, rowsPerFrame * table.getFixedCellSize());
                }
            }
        });
        return place;
    }

    private static void grow(TableView<?> table, VBox place, double step) {
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
                if (next >= place.getHeight()) {
                    table.setMaxHeight(original);
                    stop();
                } else {
                    table.setMaxHeight(next);
                }
            }
        }.start();
    }
}

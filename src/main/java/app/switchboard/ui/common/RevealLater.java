package app.switchboard.ui.common;

import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Spreads the first showing of a view over frames. JavaFX styles and lays out everything that joins a window
 * in the frame it joins; a screen of several hundred nodes and a table full of cells take well over 50 ms each
 * on a slow machine, which the user sees as a frozen window. At most one part, or a table's first rows, joins a
 * scene per frame: what would coincide (two parts, or a part and rows that arrive from the network at that moment)
 * waits a frame.
 */
public final class RevealLater {

    /** Marks, in a scene's properties, that something joins it in its coming frame. */
    private static final Object FRAME_TAKEN = new Object();

    /** Frames a growing table waits to be laid out before it gives up growing (about two seconds). */
    static final int MAX_FRAMES_UNLAID = 120;

    private RevealLater() {
    }

    /**
     * A place for a secondary part of a view: empty in the frame the view first appears, then filled with
     * {@code content} (built then) in a frame of its own. The place keeps its size, so nothing around it moves.
     */
    public static StackPane part(Supplier<Node> content) {
        return part(content, 1);
    }

    /**
     * Like {@link #part(Supplier)}, filled {@code frames} frames after the view appears: parts that would
     * otherwise join in the same frame are staggered, one frame each.
     */
    public static StackPane part(Supplier<Node> content, int frames) {
        return part(content, frames, Region.USE_COMPUTED_SIZE);
    }

    /**
     * Like {@link #part(Supplier, int)}, with the place held {@code reservedHeight} high until it is filled: a part
     * that joins after what lies below it (a toolbar after the table it sits on) then moves nothing when it comes.
     */
    public static StackPane part(Supplier<Node> content, int frames, double reservedHeight) {
        if (frames < 1) {
            throw new IllegalArgumentException("a part joins at least one frame after its view");
        }
        StackPane place = new StackPane();
        place.setMinHeight(reservedHeight);
        InScene.then(place, scene -> afterFrames(scene, frames, () -> inFrameOfItsOwn(scene, () -> {
            place.getChildren().setAll(content.get());
            place.setMinHeight(Region.USE_COMPUTED_SIZE);
        })));
        return place;
    }

    private static void afterFrames(Scene scene, int frames, Runnable action) {
        NextPulse.then(scene, frames == 1 ? action : () -> afterFrames(scene, frames - 1, action));
    }

    /**
     * Runs {@code action} (something joining the window) now if nothing else joins the scene in its coming frame,
     * else in the first frame after that has room: parts whose frames coincide, or a part and a table's first rows
     * arriving together, would make one frame of two long ones.
     */
    private static void inFrameOfItsOwn(Scene scene, Runnable action) {
        if (scene.getProperties().containsKey(FRAME_TAKEN)) {
            NextPulse.then(scene, () -> inFrameOfItsOwn(scene, action));
            return;
        }
        scene.getProperties().put(FRAME_TAKEN, Boolean.TRUE);
        Runnable[] release = new Runnable[1];
        release[0] = () -> {
            scene.removePostLayoutPulseListener(release[0]);
            scene.getProperties().remove(FRAME_TAKEN);
        };
        scene.addPostLayoutPulseListener(release[0]);
        Platform.requestNextPulse();
        action.run();
    }

    /**
     * Lets a table's rows appear {@code rowsPerFrame} at a time the first time it fills: JavaFX builds and styles
     * the cells of every row the table can show in the frame its first item arrives (over 200 cells for a full
     * keys table). The table is held shorter than its place, at the top, and grows a few rows a frame; later
     * changes reuse the cells. Needs a fixed cell size, so the rows' height is known before they exist. Items
     * may arrive before the table is first shown (or be there already): it then first appears short.
     *
     * @return the table's place, to lay out where the table goes
     */
    public static Node rowsOf(TableView<?> table, int rowsPerFrame) {
        if (table.getFixedCellSize() <= 0) {
            throw new IllegalArgumentException("a table revealed row by row needs a fixed cell size");
        }
        VBox place = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        double step = rowsPerFrame * table.getFixedCellSize();
        if (!table.getItems().isEmpty()) {
            grow(table, place, step, table.getMaxHeight());
            return place;
        }
        table.getItems().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (table.getItems().isEmpty()) {
                    return;
                }
                table.getItems().removeListener(this);
                Scene scene = table.getScene();
                if (scene == null) {
                    grow(table, place, step, table.getMaxHeight()); // not shown yet: it first appears short
                    return;
                }
                // No row in view until the first rows have a frame of their own (a table's own minimum height
                // keeps one row, so that is held too).
                double originalMin = table.getMinHeight();
                double originalMax = table.getMaxHeight();
                table.setMinHeight(headerHeight(table));
                table.setMaxHeight(headerHeight(table));
                inFrameOfItsOwn(scene, () -> {
                    table.setMinHeight(originalMin);
                    grow(table, place, step, originalMax);
                });
            }
        });
        return place;
    }

    /** Shows the first rows now and a step more each frame, up to the table's place; then {@code original} again. */
    private static void grow(TableView<?> table, VBox place, double step, double original) {
        table.setMaxHeight(headerHeight(table) + step);
        AnimationTimer growing = new AnimationTimer() {
            private int waited;

            @Override
            public void handle(long now) {
                if (place.getHeight() <= 0) {
                    // Not laid out yet: the first frame shows the first rows only. A timer makes every frame
                    // run, so a table that is never laid out (its screen left at once) gets its full height.
                    if (++waited > MAX_FRAMES_UNLAID) {
                        table.setMaxHeight(original);
                        stop();
                    }
                    return;
                }
                if (table.getScene() != null && table.getScene().getProperties().containsKey(FRAME_TAKEN)) {
                    return; // something joins in this frame: the rows wait for the next
                }
                double next = table.getMaxHeight() + step;
                if (next >= place.getHeight()) {
                    table.setMaxHeight(original);
                    stop();
                } else {
                    table.setMaxHeight(next);
                }
            }
        };
        // A timer runs every frame: only from when the table is in a window, so a view never shown costs nothing.
        InScene.then(table, scene -> growing.start());
    }

    /** The height of the table's column headers; before its first layout, two rows' worth, which holds them. */
    private static double headerHeight(TableView<?> table) {
        Node header = table.lookup(".column-header-background");
        boolean laidOut = header != null && table.getHeight() > 0;
        return laidOut ? header.getLayoutBounds().getHeight() : 2 * table.getFixedCellSize();
    }
}

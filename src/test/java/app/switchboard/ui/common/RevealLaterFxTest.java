package app.switchboard.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class RevealLaterFxTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane(new Label("before"));
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    @Test
    void aPartIsFilledAFrameAfterTheViewAppearsAndKeepsItsPlaceMeanwhile(FxRobot robot) throws Exception {
        List<Boolean> inSceneWhenBuilt = new ArrayList<>();
        StackPane[] part = new StackPane[1];
        robot.interact(() -> {
            part[0] = RevealLater.part(() -> {
                inSceneWhenBuilt.add(part[0].getScene() != null);
                return new Label("detail");
            });
            root.getChildren().setAll(part[0]);
            assertTrue(part[0].getChildren().isEmpty(), "empty in the frame the view appears");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !part[0].getChildren().isEmpty());
        assertEquals(List.of(true), inSceneWhenBuilt, "built once, after the place joined the window");
        assertEquals("detail", ((Label) part[0].getChildren().get(0)).getText());
    }

    @Test
    void partsGivenMoreFramesJoinLaterOneFrameEach(FxRobot robot) throws Exception {
        List<String> order = new ArrayList<>();
        robot.interact(() -> root.getChildren().setAll(new javafx.scene.layout.HBox(
                RevealLater.part(() -> addTo(order, "third"), 3),
                RevealLater.part(() -> addTo(order, "first")),
                RevealLater.part(() -> addTo(order, "second"), 2))));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> order.size() == 3);
        assertEquals(List.of("first", "second", "third"), order);
        assertThrows(IllegalArgumentException.class, () -> RevealLater.part(Label::new, 0));
    }

    @Test
    void aReservedPlaceHoldsItsHeightUntilFilledThenTakesItsContentsHeight(FxRobot robot) throws Exception {
        javafx.scene.layout.VBox column = new javafx.scene.layout.VBox();
        column.setFillWidth(true);
        StackPane[] part = new StackPane[1];
        Label below = new Label("below");
        robot.interact(() -> {
            part[0] = RevealLater.part(() -> {
                Region content = new Region();
                content.setPrefHeight(30);
                return content;
            }, 2, 50);
            column.getChildren().setAll(part[0], below);
            root.getChildren().setAll(column);
            root.applyCss();
            root.layout();
            assertEquals(50, below.getLayoutY(), "held at the reserved height while empty");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !part[0].getChildren().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertEquals(30, below.getLayoutY(), "then as high as what came"));
    }

    private static Node addTo(List<String> order, String name) {
        order.add(name);
        return new Label(name);
    }

    @Test
    void aTableWhoseRowsCameBeforeItWasShownFirstAppearsShortThenFillsItsPlace(FxRobot robot) throws Exception {
        TableView<Integer> table = numbers();
        for (int i = 0; i < 200; i++) {
            table.getItems().add(i);
        }
        List<Double> heights = new java.util.concurrent.CopyOnWriteArrayList<>(); // written on the FX thread
        table.heightProperty().addListener((o, was, now) -> heights.add(now.doubleValue()));
        robot.interact(() -> root.getChildren().setAll(RevealLater.rowsOf(table, 3)));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getMaxHeight() == Region.USE_COMPUTED_SIZE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(heights.get(0) <= 5 * 24.0, "first shown with a few rows only: " + heights);
        for (int i = 1; i < heights.size() - 1; i++) {
            assertEquals(3 * 24.0, heights.get(i) - heights.get(i - 1), 0.01, "then three rows a frame: " + heights);
        }
        assertEquals(400, table.getHeight(), 1, "fills its place in the end");
    }

    @Test
    void aTableThatIsNeverLaidOutStopsWaitingAndKeepsItsFullHeight(FxRobot robot) throws Exception {
        TableView<Integer> table = numbers();
        table.getItems().add(1);
        robot.interact(() -> {
            Node place = RevealLater.rowsOf(table, 3);
            place.setManaged(false); // in the window, but no parent ever gives it a size
            root.getChildren().setAll(new javafx.scene.layout.Pane(place));
        });
        assertTrue(table.getMaxHeight() > 0, "held short while it waits");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getMaxHeight() == Region.USE_COMPUTED_SIZE);
    }

    private static TableView<Integer> numbers() {
        TableView<Integer> table = new TableView<>();
        TableColumn<Integer, String> column = new TableColumn<>("n");
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue())));
        table.getColumns().add(column);
        table.setFixedCellSize(24);
        return table;
    }

    @Test
    void aTablesFirstRowsArriveAFewAFrameAndItEndsFillingItsPlace(FxRobot robot) throws Exception {
        TableView<Integer> table = numbers();
        ObservableList<Integer> items = FXCollections.observableArrayList();
        table.setItems(items);
        List<Double> heights = new java.util.concurrent.CopyOnWriteArrayList<>(); // written on the FX thread
        robot.interact(() -> {
            Node place = RevealLater.rowsOf(table, 3);
            root.getChildren().setAll(place);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            table.maxHeightProperty().addListener((o, was, now) -> heights.add(now.doubleValue()));
            for (int i = 0; i < 200; i++) {
                items.add(i);
            }
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getMaxHeight() == Region.USE_COMPUTED_SIZE && heights.size() > 2);
        WaitForAsyncUtils.waitForFxEvents(); // the listener sees the last height after the value the wait saw
        assertTrue(heights.get(0) < 400 / 2.0, "starts well short of its place: " + heights);
        for (int i = 1; i < heights.size() - 1; i++) {
            assertEquals(3 * 24.0, heights.get(i) - heights.get(i - 1), 0.01, "three rows a frame: " + heights);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(400, table.getHeight(), 1, "fills its place in the end");
    }

    @Test
    void aTableWithoutAFixedRowHeightIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RevealLater.rowsOf(new TableView<>(), 4));
    }

    @Test
    void partsGivenTheSameFrameJoinInFramesOfTheirOwn(FxRobot robot) throws Exception {
        List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        StackPane a = RevealLater.part(() -> new Label("a"));
        StackPane b = RevealLater.part(() -> new Label("b"));
        Runnable probe = () -> frames.add((a.getChildren().isEmpty() ? "" : "a") + (b.getChildren().isEmpty() ? "" : "b"));
        robot.interact(() -> {
            root.getScene().addPostLayoutPulseListener(probe);
            root.getChildren().setAll(new javafx.scene.layout.HBox(a, b));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> frames.contains("ab"));
        robot.interact(() -> root.getScene().removePostLayoutPulseListener(probe));
        assertTrue(frames.contains("a"), "a joins in a frame before b does: " + frames);
    }

    @Test
    void aTablesFirstRowsWaitForAFrameOfTheirOwnWhenAPartJoins(FxRobot robot) throws Exception {
        TableView<Integer> table = numbers();
        ObservableList<Integer> items = FXCollections.observableArrayList();
        table.setItems(items);
        // The part's content brings the table its rows: both would join in the same frame.
        StackPane part = RevealLater.part(() -> {
            for (int i = 0; i < 50; i++) {
                items.add(i);
            }
            return new Label("toolbar");
        });
        List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();
        Runnable probe = () -> frames.add((part.getChildren().isEmpty() ? "" : "part") + (showsRows(table) ? "+rows" : ""));
        robot.interact(() -> {
            javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(part, RevealLater.rowsOf(table, 3));
            root.getScene().addPostLayoutPulseListener(probe);
            root.getChildren().setAll(column);
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> frames.contains("part+rows"));
        robot.interact(() -> root.getScene().removePostLayoutPulseListener(probe));
        int joined = frames.indexOf("part");
        assertTrue(joined >= 0 && joined < frames.indexOf("part+rows"), "the part's frame has no rows yet: " + frames);
    }

    private static boolean showsRows(TableView<?> table) {
        return table.lookupAll(".table-row-cell").stream().anyMatch(n -> n instanceof javafx.scene.control.TableRow<?> r
                && r.getItem() != null && r.isVisible() && r.getHeight() > 0);
    }
}

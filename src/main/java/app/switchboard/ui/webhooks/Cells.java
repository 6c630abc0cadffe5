package app.switchboard.ui.webhooks;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Column builders so each table reads as a list of columns. */
final class Cells {

    private Cells() {
    }

    static <S> TableColumn<S, String> text(String title, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** A column showing a node built from the row, e.g. a badge. */
    static <S> TableColumn<S, S> graphic(String title, double width, Function<S, Node> node) {
        TableColumn<S, S> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : node.apply(item));
            }
        });
        return column;
    }

    /** A count that turns red (or amber) when not zero, faint when zero. */
    static <S> TableColumn<S, Integer> count(String title, double width, Function<S, Integer> value, String nonZeroClass) {
        TableColumn<S, Integer> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setStyle("-fx-alignment: center;");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("count-bad", "count-warn", "count-zero");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText(item.toString());
                getStyleClass().add(item == 0 ? "count-zero" : nonZeroClass);
            }
        });
        return column;
    }
}

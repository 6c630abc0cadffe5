package app.switchboard.ui.debugger;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Small helpers shared by the Debugger's tables. */
final class Tables {

    private Tables() {
    }

    static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** A column that keeps its width (timestamps and codes must not be cut). */
    static <T> TableColumn<T, String> fixed(TableColumn<T, String> column) {
        column.setMinWidth(column.getPrefWidth());
        column.setMaxWidth(column.getPrefWidth());
        return column;
    }

    /** Copies one value of the selected row, if any. */
    static <T> void copySelected(TableView<T> table, Function<T, String> value) {
        T row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            Copy.text(value.apply(row));
        }
    }
}

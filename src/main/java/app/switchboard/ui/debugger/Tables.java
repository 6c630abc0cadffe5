package app.switchboard.ui.debugger;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
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

    /** The Debugger's table look: dense, striped, columns sharing the width. */
    static void styleDense(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
    }

    /** A context menu whose items each copy one value of the selected row. */
    @SafeVarargs
    static <T> ContextMenu copyMenu(TableView<T> table, Map.Entry<String, Function<T, String>>... items) {
        ContextMenu menu = new ContextMenu();
        for (Map.Entry<String, Function<T, String>> item : items) {
            MenuItem menuItem = new MenuItem(item.getKey());
            menuItem.setOnAction(e -> {
                T row = table.getSelectionModel().getSelectedItem();
                if (row != null) {
                    Copy.text(item.getValue().apply(row));
                }
            });
            menu.getItems().add(menuItem);
        }
        return menu;
    }
}

package app.switchboard.ui.common;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Hides a table's least needed columns while the table is too narrow for every column at its minimum width, and
 * shows them again when there is room: a narrow window then shows whole columns rather than a table cut off at its
 * right edge, with the rest behind a horizontal scroll bar. Only what the screen also shows elsewhere (a detail
 * pane) should be droppable.
 */
public final class ColumnsThatFit {

    /** Room kept for the table's vertical scroll bar and borders. */
    static final double SCROLL_BAR_ROOM = 18;

    /**
     * A column the table may drop when narrow, shown only while {@code wanted} holds (an account column with one
     * account listed is not wanted at any width).
     */
    public record Droppable(TableColumn<?, ?> column, ObservableBooleanValue wanted) {
        /** A column wanted whenever there is room for it. */
        public static Droppable always(TableColumn<?, ?> column) {
            return new Droppable(column, new ReadOnlyBooleanWrapper(true));
        }
    }

    private final TableView<?> table;
    private final List<Droppable> dropOrder;

    private ColumnsThatFit(TableView<?> table, List<Droppable> dropOrder) {
        this.table = table;
        this.dropOrder = List.copyOf(dropOrder);
    }

    /** Installs the rule on {@code table}; {@code dropOrder} lists its droppable columns, the first dropped first. */
    public static void install(TableView<?> table, List<Droppable> dropOrder) {
        ColumnsThatFit rule = new ColumnsThatFit(table, dropOrder);
        AfterLayout later = new AfterLayout(rule::fit);
        table.widthProperty().addListener(later);
        for (Droppable d : dropOrder) {
            d.wanted().addListener(later);
        }
        rule.fit();
    }

    private void fit() {
        double required = 0;
        for (TableColumn<?, ?> c : table.getColumns()) {
            Droppable d = droppable(c);
            if (d == null ? c.isVisible() : d.wanted().get()) {
                required += c.getMinWidth();
            }
        }
        // Before its first layout the table has no width: everything wanted is shown until it has one.
        double available = table.getWidth() <= 0 ? Double.MAX_VALUE : table.getWidth() - SCROLL_BAR_ROOM;
        for (Droppable d : dropOrder) {
            boolean show = d.wanted().get() && required <= available;
            if (d.wanted().get() && !show) {
                required -= d.column().getMinWidth();
            }
            // Only a real change reaches the table: each one rebuilds every visible row.
            if (d.column().isVisible() != show) {
                d.column().setVisible(show);
            }
        }
    }

    private Droppable droppable(TableColumn<?, ?> column) {
        for (Droppable d : dropOrder) {
            if (d.column() == column) {
                return d;
            }
        }
        return null;
    }
}

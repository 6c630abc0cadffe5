package app.switchboard.ui.debugger;

import app.switchboard.debugger.ErrorGroup;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** One error code in the grouping panel: code, title, count across accounts and a per-day sparkline. */
final class ErrorGroupCell extends ListCell<ErrorGroup> {

    private final Label code = new Label();
    private final Label count = new Label();
    private final Label title = new Label();
    private final Label accounts = new Label();
    private final Sparkline trend = new Sparkline();
    private final VBox box;

    ErrorGroupCell() {
        code.getStyleClass().add(Styles.TEXT_BOLD);
        count.getStyleClass().addAll("group-count");
        title.getStyleClass().addAll(Styles.TEXT_SMALL);
        title.setWrapText(false);
        accounts.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox top = new HBox(6, code, growing(), count);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox bottom = new HBox(6, accounts, growing(), trend);
        bottom.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, top, title, bottom);
        setPrefWidth(0);
    }

    private static HBox growing() {
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    @Override
    protected void updateItem(ErrorGroup group, boolean empty) {
        super.updateItem(group, empty);
        if (empty || group == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        code.setText(group.code().isEmpty() ? "(no code)" : group.code());
        count.setText(String.format("%,d", group.count()));
        title.setText(group.title());
        int n = group.accounts().size();
        accounts.setText(n == 1 ? "1 account" : n + " accounts");
        trend.setValues(group.perDay());
        setTooltip(new Tooltip(group.title() + "\nLatest: " + group.lastMessage() + "\nClick to filter the list"));
        setGraphic(box);
    }
}

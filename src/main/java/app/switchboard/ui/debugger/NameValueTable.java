package app.switchboard.ui.debugger;

import app.switchboard.debugger.FormEncoded;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** A decoded form string as a two-column table; any value can be copied (menu or Ctrl+C). */
final class NameValueTable extends TableView<FormEncoded.Field> {

    NameValueTable(String emptyText) {
        TableColumn<FormEncoded.Field, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(190);
        TableColumn<FormEncoded.Field, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setPrefWidth(420);
        getColumns().setAll(List.of(name, value));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_LAST_COLUMN);
        getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setPlaceholder(new Label(emptyText));

        MenuItem copyValue = new MenuItem("Copy value");
        copyValue.setOnAction(e -> copySelected(false));
        MenuItem copyPair = new MenuItem("Copy name = value");
        copyPair.setOnAction(e -> copySelected(true));
        setContextMenu(new ContextMenu(copyValue, copyPair));
        KeyCombination ctrlC = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
        setOnKeyPressed(e -> {
            if (ctrlC.match(e)) {
                copySelected(false);
            }
        });
    }

    void show(List<FormEncoded.Field> fields) {
        getItems().setAll(fields);
    }

    private void copySelected(boolean withName) {
        FormEncoded.Field f = getSelectionModel().getSelectedItem();
        if (f != null) {
            Copy.text(withName ? f.name() + "=" + f.value() : f.value());
        }
    }
}

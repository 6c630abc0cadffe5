package app.switchboard.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * Listens for the changes of a layout pass (widths) and runs its action once that pass is over, once however many
 * changes came: a change made inside a layout pass may never be laid out, and a table whose columns change inside
 * one rebuilds its rows in the middle of it.
 */
final class AfterLayout implements InvalidationListener {
    private final Runnable action;
    private boolean pending;

    AfterLayout(Runnable action) {
        this.action = action;
    }

    @Override
    public void invalidated(Observable o) {
        if (!pending) {
            pending = true;
            Platform.runLater(() -> {
                pending = false;
                action.run();
            });
        }
    }
}

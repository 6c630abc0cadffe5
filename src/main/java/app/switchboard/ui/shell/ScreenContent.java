package app.switchboard.ui.shell;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * A screen as the shell sees it: its view, the hooks for when it is shown or hidden, when its first data is
 * on screen (the snapshot command and the startup benchmark wait for it), and its search field (Ctrl+F).
 */
public interface ScreenContent {

    Node view();

    /** Called on the FX thread each time the screen is shown. */
    default void activate() {
    }

    /** Called on the FX thread each time the screen is hidden. */
    default void deactivate() {
    }

    /** Completes (on the FX thread) once the screen shows its first data after the first activation. */
    default CompletionStage<Void> ready() {
        return CompletableFuture.completedFuture(null);
    }

    /** The field Ctrl+F focuses, when the screen has one. */
    default Optional<TextInputControl> searchField() {
        return Optional.empty();
    }

    /**
     * The usual adapter for a {@code XxxView} + {@code XxxViewModel} pair.
     *
     * @param busy the view model's busy flag: the screen is ready the first time it is false after activation
     * @param search the screen's search field, or null
     */
    static ScreenContent of(Node view, Runnable activate, Runnable deactivate, ObservableBooleanValue busy,
                            TextInputControl search) {
        return new ScreenContent() {
            private final CompletableFuture<Void> ready = new CompletableFuture<>();
            private boolean activated;

            @Override
            public Node view() {
                return view;
            }

            @Override
            public void activate() {
                activate.run();
                if (!activated) {
                    activated = true;
                    watch();
                }
            }

            private void watch() {
                if (busy == null || !busy.get()) {
                    ready.complete(null);
                    return;
                }
                busy.addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                        if (!now) {
                            busy.removeListener(this);
                            ready.complete(null);
                        }
                    }
                });
            }

            @Override
            public void deactivate() {
                deactivate.run();
            }

            @Override
            public CompletionStage<Void> ready() {
                return ready;
            }

            @Override
            public Optional<TextInputControl> searchField() {
                return Optional.ofNullable(search);
            }
        };
    }
}

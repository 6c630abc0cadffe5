package app.switchboard.ui.wiring;

import app.switchboard.ui.shell.ScreenContent;
import atlantafx.base.theme.Styles;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * A screen whose service starts after the first frame (the request log's database, say): it shows a
 * loading state, then the real screen once {@code content} completes, or the reason it could not start.
 */
final class DeferredScreen implements ScreenContent {
    private final StackPane root = new StackPane();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private ScreenContent inner;
    private boolean active;

    /** @param build makes the real screen from the service, on the FX thread */
    <T> DeferredScreen(String loadingText, CompletionStage<T> service, java.util.function.Function<T, ScreenContent> build) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label label = new Label(loadingText);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, spinner, label);
        box.setAlignment(Pos.CENTER);
        root.getChildren().setAll(box);
        service.whenComplete((t, error) -> Platform.runLater(() -> {
            ScreenContent c = null;
            Throwable failure = error;
            if (failure == null) {
                try {
                    c = build.apply(t);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
            if (failure != null) {
                Label why = new Label("This screen is unavailable: " + Failures.describe(failure));
                why.setWrapText(true);
                why.getStyleClass().add(Styles.DANGER);
                root.getChildren().setAll(why);
                ready.complete(null);
                return;
            }
            inner = c;
            root.getChildren().setAll(c.view());
            if (active) {
                c.activate();
            }
            c.ready().whenComplete((v, e) -> ready.complete(null));
        }));
    }

    @Override
    public Node view() {
        return root;
    }

    @Override
    public void activate() {
        active = true;
        if (inner != null) {
            inner.activate();
        }
    }

    @Override
    public void deactivate() {
        active = false;
        if (inner != null) {
            inner.deactivate();
        }
    }

    @Override
    public CompletionStage<Void> ready() {
        return ready;
    }

    @Override
    public Optional<TextInputControl> searchField() {
        return inner == null ? Optional.empty() : inner.searchField();
    }
}

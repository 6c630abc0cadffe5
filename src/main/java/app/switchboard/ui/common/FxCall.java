package app.switchboard.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/** Runs work on the FX thread and waits for its result, for code that drives the UI from outside (snapshot, benchmarks). */
public final class FxCall {

    private FxCall() {
    }

    /** Waits at most a minute. Never call from the FX thread itself: it would wait for itself until the timeout. */
    public static <T> T await(Callable<T> work) throws Exception {
        return await(work, 60);
    }

    public static <T> T await(Callable<T> work, long timeoutSeconds) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(timeoutSeconds, TimeUnit.SECONDS);
    }
}

package app.switchboard.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs view-model work off the FX thread and hands results back on it. View models receive one
 * injected; tests use a same-thread implementation, so view models are tested without a display.
 */
public interface TaskRunner {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the FX thread
     * (unless cancelled first).
     */
    <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Calls {@code tick} on the FX thread every {@code period}, until cancelled. This is how live data
     * buffered by background producers is drained into bounded lists: once per tick, never once per event.
     */
    Cancellable every(Duration period, Runnable tick);

    /**
     * Runs {@code action} on the FX thread as soon as it is free, from any thread: for the rare result a user waits
     * on that should not wait for the next tick as well (a listing's first rows). The default goes through
     * {@link #run}, which is enough for runners that run everything at once; the app's runner posts it directly.
     */
    default void later(Runnable action) {
        run("later", () -> null, ignored -> action.run(), error -> { });
    }

    /** A handle to stop a task or a tick. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}

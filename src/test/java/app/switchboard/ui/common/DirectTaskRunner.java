package app.switchboard.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs tasks inline on the calling thread; ticks run only when a test calls {@link #tick()}. */
public final class DirectTaskRunner implements TaskRunner {

    private final List<Runnable> ticks = new ArrayList<>();

    @Override
    public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public Cancellable every(Duration period, Runnable tick) {
        ticks.add(tick);
        return () -> ticks.remove(tick);
    }

    /** Runs every registered tick once. */
    public void tick() {
        List.copyOf(ticks).forEach(Runnable::run);
    }
}

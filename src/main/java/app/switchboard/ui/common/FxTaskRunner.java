package app.switchboard.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The app's task runner: one pool of named daemon threads for background work, callbacks delivered
 * with {@link Platform#runLater}, ticks driven by a {@link Timeline} on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService pool;

    public FxTaskRunner(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, namedDaemons("switchboard-task-"));
    }

    @Override
    public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        Future<?> future = pool.submit(() -> {
            Thread.currentThread().setName("switchboard-task-" + name);
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        return () -> {
            cancelled.set(true);
            future.cancel(true);
        };
    }

    @Override
    public Cancellable every(java.time.Duration period, Runnable tick) {
        Timeline timeline = new Timeline(new KeyFrame(Duration.millis(period.toMillis()), e -> tick.run()));
        timeline.setCycleCount(Timeline.INDEFINITE);
        if (Platform.isFxApplicationThread()) {
            timeline.play();
        } else {
            Platform.runLater(timeline::play);
        }
        return () -> Platform.runLater(timeline::stop);
    }

    @Override
    public void later(Runnable action) {
        Platform.runLater(action);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}

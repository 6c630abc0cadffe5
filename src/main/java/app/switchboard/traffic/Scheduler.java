package app.switchboard.traffic;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Runs a task periodically. The seam that lets the sampler be tested without waiting. */
@FunctionalInterface
public interface Scheduler {

    /** Runs {@code task} every {@code period}, the first time after one period; the result stops it. */
    Runnable every(Duration period, Runnable task);

    /** Periodic runs on an executor the app owns (fixed delay, so a slow probe never piles up). */
    static Scheduler of(ScheduledExecutorService executor) {
        return (period, task) -> {
            ScheduledFuture<?> f = executor.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(),
                    TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }
}

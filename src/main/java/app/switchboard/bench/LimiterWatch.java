package app.switchboard.bench;

import app.switchboard.twilio.AdaptiveLimiter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/** Watches one limiter during a run: how soon it reached the cap and where it sat on average. */
final class LimiterWatch implements AutoCloseable {
    private final AdaptiveLimiter limiter;
    private final int cap;
    private final long startNanos = System.nanoTime();
    private final AtomicLong reachedCapNanos = new AtomicLong(-1);
    private final AtomicLong limitSum = new AtomicLong();
    private final AtomicLong inFlightSum = new AtomicLong();
    private final AtomicLong samples = new AtomicLong();
    private final IntConsumer onLimit;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "limiter-watch");
        t.setDaemon(true);
        return t;
    });

    LimiterWatch(AdaptiveLimiter limiter, int cap) {
        this.limiter = limiter;
        this.cap = cap;
        this.onLimit = limit -> {
            if (limit >= cap) {
                reachedCapNanos.compareAndSet(-1, System.nanoTime() - startNanos);
            }
        };
        limiter.addLimitListener(onLimit);
        sampler.scheduleAtFixedRate(() -> {
            limitSum.addAndGet(limiter.limit());
            inFlightSum.addAndGet(limiter.inFlight());
            samples.incrementAndGet();
        }, 0, 10, TimeUnit.MILLISECONDS);
    }

    String summary() {
        long n = Math.max(1, samples.get());
        long reached = reachedCapNanos.get();
        return String.format(Locale.ROOT, "limit reached the cap (%d) after %s; mean limit %.2f, mean in flight %.2f, final limit %d",
                cap, reached < 0 ? "never" : String.format(Locale.ROOT, "%.0f ms", reached / 1e6), (double) limitSum.get() / n,
                (double) inFlightSum.get() / n, limiter.limit());
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        limiter.removeLimitListener(onLimit);
    }
}

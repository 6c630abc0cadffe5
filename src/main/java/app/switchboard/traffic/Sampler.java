package app.switchboard.traffic;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Probes every watched account at a fixed interval so its charts keep moving when the console itself is
 * idle. Pausing stops all probes (nothing is sent while the user has paused). Thread-safe.
 */
public final class Sampler implements AutoCloseable {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(Sampler.class.getName());

    private final Scheduler scheduler;
    private final SampleProbe probe;
    private final Map<String, Runnable> running = new HashMap<>();
    private final Set<String> watched = new java.util.LinkedHashSet<>();
    private Duration interval = DEFAULT_INTERVAL;
    private boolean paused;

    public Sampler(Scheduler scheduler, SampleProbe probe) {
        this.scheduler = scheduler;
        this.probe = probe;
    }

    public synchronized void watch(String accountSid) {
        if (watched.add(accountSid) && !paused) {
            start(accountSid);
        }
    }

    /** Stops probing an account (also when it was removed while watched). */
    public synchronized void unwatch(String accountSid) {
        watched.remove(accountSid);
        stop(accountSid);
    }

    public synchronized Set<String> watched() {
        return Set.copyOf(watched);
    }

    /** @throws IllegalArgumentException below {@link #MIN_INTERVAL} */
    public synchronized void setInterval(Duration interval) {
        if (interval == null || interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("The sampling interval must be at least 1 second.");
        }
        this.interval = interval;
        if (!paused) {
            restartAll();
        }
    }

    public synchronized Duration interval() {
        return interval;
    }

    public synchronized void pause() {
        paused = true;
        Set.copyOf(running.keySet()).forEach(this::stop);
    }

    public synchronized void resume() {
        if (paused) {
            paused = false;
            restartAll();
        }
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    @Override
    public synchronized void close() {
        pause();
        watched.clear();
    }

    private void restartAll() {
        for (String sid : watched) {
            stop(sid);
            start(sid);
        }
    }

    private void start(String accountSid) {
        running.put(accountSid, scheduler.every(interval, () -> probeOnce(accountSid)));
    }

    private void stop(String accountSid) {
        Runnable cancel = running.remove(accountSid);
        if (cancel != null) {
            cancel.run();
        }
    }

    private void probeOnce(String accountSid) {
        try {
            probe.probe(accountSid);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the scheduler is shutting down
        } catch (Exception e) {
            // the failed request is in the request log already; one bad probe must not stop the schedule
            LOG.log(Level.FINE, "traffic probe failed for " + accountSid, e);
        }
    }
}

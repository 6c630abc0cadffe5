package app.switchboard.debugger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The blocking loop behind {@code alerts tail} and the debugger benchmark: poll, emit, wait, until the
 * duration has passed or the thread is interrupted. A final poll at the end picks up alerts that were
 * stored before the deadline but became visible just after it.
 */
public final class TailRunner {

    /** Waits; the real one is {@code Thread::sleep}, tests advance a fake clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /** What the run did. */
    public record Summary(long emitted, long polls, long failedPolls) {
    }

    private final Tail tail;
    private final Clock clock;
    private final Sleeper sleeper;

    public TailRunner(Tail tail, Clock clock, Sleeper sleeper) {
        this.tail = tail;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    public static Sleeper threadSleeper() {
        return d -> Thread.sleep(d.toMillis());
    }

    /**
     * @param duration how long to tail; null = until interrupted
     * @param sink     receives every new alert once, oldest first
     * @param warnings receives one line per failed poll (the loop keeps going, backing off)
     */
    public Summary run(Duration duration, Consumer<Alert> sink, Consumer<String> warnings) {
        Instant deadline = duration == null ? null : clock.instant().plus(duration);
        long emitted = 0;
        long failed = 0;
        while (true) {
            AlertTail.Poll poll = tail.poll();
            if (poll.failed()) {
                failed++;
                warnings.accept("poll failed (" + MonitorFailure.of(poll.failure()).name().toLowerCase()
                        + "), retrying in " + tail.nextDelay().toSeconds() + " s: " + poll.failure().getMessage());
            }
            for (Alert a : poll.fresh()) {
                sink.accept(a);
                emitted++;
            }
            if (deadline != null && !clock.instant().isBefore(deadline)) {
                return new Summary(emitted, tail.polls(), failed);
            }
            Duration wait = tail.nextDelay();
            if (deadline != null) {
                Duration left = Duration.between(clock.instant(), deadline);
                wait = left.compareTo(wait) < 0 ? left : wait;
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Summary(emitted, tail.polls(), failed);
            }
        }
    }
}

package app.switchboard.debugger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The blocking loop behind {@code alerts tail} and the debugger benchmark: wait, poll, emit, until the
 * duration has passed or the thread is interrupted.
 */
public final class TailRunner {

    /** Waits; the real one is {@code Thread::sleep}, tests advance a fake clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    /**
     * What the run did.
     *
     * @param stoppedBy the failure that ended the run early because nothing was left to follow, or null
     */
    public record Summary(long emitted, long polls, long failedPolls, Throwable stoppedBy) {
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
     * Waits one delay before the first poll (a tail starts at "now", so nothing can be new yet), then polls
     * once per {@link Tail#nextDelay()} counted from the previous poll's start, so requests never come
     * closer together than the tail allows. Ends after the first poll that starts at or after the deadline:
     * that poll covers everything stored before it, at the cost of overrunning the duration by less than one delay.
     *
     * @param duration how long to tail; null = until interrupted
     * @param sink     receives every new alert once, oldest first
     * @param warnings receives one line per failed poll (the loop keeps going, backing off)
     */
    public Summary run(Duration duration, Consumer<Alert> sink, Consumer<String> warnings) {
        Instant deadline = duration == null ? null : clock.instant().plus(duration);
        Instant due = clock.instant().plus(tail.nextDelay());
        long emitted = 0;
        long failed = 0;
        while (true) {
            try {
                Duration wait = Duration.between(clock.instant(), due);
                if (!wait.isNegative() && !wait.isZero()) {
                    sleeper.sleep(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Summary(emitted, tail.polls(), failed, null);
            }
            Instant startedAt = clock.instant();
            AlertTail.Poll poll = tail.poll();
            if (poll.failed()) {
                failed++;
                MonitorFailure kind = MonitorFailure.of(poll.failure());
                warnings.accept(kind == MonitorFailure.UNAVAILABLE ? "no Debugger access: " + poll.failure().getMessage()
                        : "poll failed (" + kind.name().toLowerCase() + "), retrying in " + tail.nextDelay().toSeconds()
                        + " s: " + poll.failure().getMessage());
            }
            for (Alert a : poll.fresh()) {
                sink.accept(a);
                emitted++;
            }
            if (!tail.following()) {
                return new Summary(emitted, tail.polls(), failed, poll.failure());
            }
            if (deadline != null && !startedAt.isBefore(deadline)) {
                return new Summary(emitted, tail.polls(), failed, null);
            }
            due = startedAt.plus(tail.nextDelay());
        }
    }
}

package app.switchboard.debugger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Tails several accounts (main + subaccounts) with one request at a time: each call polls the account
 * that has waited longest past its due time, so the total rate stays at most one poll per call however
 * many accounts there are, and each account still keeps its own interval and backoff.
 */
public final class MultiAccountTail implements Tail {

    /** The outcome of one poll of one account. */
    public record Result(String accountSid, AlertTail.Poll poll) {
    }

    private static final class Slot {
        final String accountSid;
        final AlertTail tail;
        Instant dueAt;

        Slot(String accountSid, AlertTail tail, Instant dueAt) {
            this.accountSid = accountSid;
            this.tail = tail;
            this.dueAt = dueAt;
        }
    }

    private final Clock clock;
    private final List<Slot> slots = new ArrayList<>();
    private long polls;

    /** Starts following {@code accountSids} from now; alerts stored before now are not emitted. */
    public MultiAccountTail(AlertSource source, List<String> accountSids, String logLevel, Clock clock,
                            AlertTail.Settings settings) {
        this.clock = clock;
        Instant now = clock.instant();
        for (String sid : accountSids) {
            AlertQuery query = AlertQuery.forAccount(sid).withLevel(logLevel);
            slots.add(new Slot(sid, new AlertTail(source, query, clock, settings, now), now));
        }
    }

    /** Polls the most overdue account, or returns null when none is due yet. */
    public synchronized Result pollDue() {
        Instant now = clock.instant();
        Slot next = null;
        for (Slot s : slots) {
            if (!s.dueAt.isAfter(now) && (next == null || s.dueAt.isBefore(next.dueAt))) {
                next = s;
            }
        }
        if (next == null) {
            return null;
        }
        AlertTail.Poll poll = next.tail.poll();
        polls++;
        next.dueAt = clock.instant().plus(next.tail.nextDelay());
        return new Result(next.accountSid, poll);
    }

    /**
     * For {@link TailRunner}: the next due account's poll, or an empty one when none is due. An account
     * that has no Debugger is dropped after its first answer, so it costs one warning, not one per poll.
     */
    @Override
    public synchronized AlertTail.Poll poll() {
        Result r = pollDue();
        if (r == null) {
            return new AlertTail.Poll(List.of(), null);
        }
        if (r.poll().failed() && MonitorFailure.of(r.poll().failure()) == MonitorFailure.UNAVAILABLE) {
            drop(r.accountSid());
            return new AlertTail.Poll(r.poll().fresh(), new MonitorException("stopped following " + r.accountSid()
                    + ": " + r.poll().failure().getMessage(), 404, 20404, null, r.poll().failure()));
        }
        return r.poll();
    }

    @Override
    public synchronized boolean following() {
        return !slots.isEmpty();
    }

    /** Until the next account is due, but never less than {@link AlertTail#MIN_INTERVAL}: one request a second at most. */
    @Override
    public synchronized Duration nextDelay() {
        Instant now = clock.instant();
        Duration wait = null;
        for (Slot s : slots) {
            Duration d = Duration.between(now, s.dueAt);
            wait = wait == null || d.compareTo(wait) < 0 ? d : wait;
        }
        return wait == null || wait.compareTo(AlertTail.MIN_INTERVAL) < 0 ? AlertTail.MIN_INTERVAL : wait;
    }

    @Override
    public synchronized long polls() {
        return polls;
    }

    /** Stops following an account (for instance one without Debugger access). */
    public synchronized void drop(String accountSid) {
        slots.removeIf(s -> s.accountSid.equals(accountSid));
    }
}

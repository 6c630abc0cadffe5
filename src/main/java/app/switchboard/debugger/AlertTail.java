package app.switchboard.debugger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Follows new alerts of one account, emitting each exactly once.
 *
 * <p>Alerts reach the list late (Twilio buffers them: {@code date_generated} is earlier than
 * {@code date_created}, and an alert stored at T may become visible a little after T) and out of order,
 * and pages shift while they are read. So every poll re-queries from the previous poll's time minus an
 * overlap window, and SIDs already emitted are dropped. A SID is remembered until its date leaves the
 * query window (see {@link SeenSids}). An alert that becomes visible more than {@code overlap} after its
 * {@code date_created} would be missed: keep the overlap above Twilio's buffering delay.
 *
 * <p>Not thread-safe: one caller polls. The caller waits {@link #nextDelay()} between polls; it grows
 * exponentially while the source fails (429 or anything else) and honours a Retry-After.
 */
public final class AlertTail implements Tail {

    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);

    /**
     * @param interval      time between polls (at least one second, to respect the client's limiter)
     * @param overlap       how far before the previous poll each query starts again
     * @param maxBackoff    the longest wait after repeated failures
     * @param rememberLimit most SIDs kept for de-duplication
     * @param pageSize      PageSize asked of Monitor; large pages keep the request count low
     */
    public record Settings(Duration interval, Duration overlap, Duration maxBackoff, int rememberLimit, int pageSize) {
        public Settings {
            Objects.requireNonNull(interval, "interval");
            if (interval.compareTo(MIN_INTERVAL) < 0) {
                throw new IllegalArgumentException("poll interval must be at least 1 s, was " + interval.toMillis() + " ms");
            }
            if (overlap.isNegative() || maxBackoff.compareTo(interval) < 0 || rememberLimit < 1) {
                throw new IllegalArgumentException("invalid tail settings");
            }
        }

        public static Settings defaults() {
            return new Settings(Duration.ofSeconds(2), Duration.ofSeconds(90), Duration.ofSeconds(60), 200_000,
                    AlertQuery.MAX_PAGE_SIZE);
        }

        public Settings withInterval(Duration d) {
            return new Settings(d, overlap, maxBackoff, rememberLimit, pageSize);
        }

        public Settings withOverlap(Duration d) {
            return new Settings(interval, d, maxBackoff, rememberLimit, pageSize);
        }

        public Settings withPageSize(int size) {
            return new Settings(interval, overlap, maxBackoff, rememberLimit, size);
        }
    }

    /** What one poll produced: the new alerts (oldest first) or the failure. */
    public record Poll(List<Alert> fresh, Throwable failure) {
        public boolean failed() {
            return failure != null;
        }
    }

    private final AlertSource source;
    private final AlertQuery query;
    private final Clock clock;
    private final Settings settings;
    private final Instant since;
    private final SeenSids seen;
    private Instant cursor;
    private int consecutiveFailures;
    private Duration retryAfter;
    private long polls;
    private Duration maxDelay = Duration.ZERO;
    private boolean unavailable;

    /**
     * @param query filters (account, level) applied to every poll; its dates are replaced by the tail's window
     * @param since alerts stored before this are not emitted (the caller shows them already); typically now
     */
    public AlertTail(AlertSource source, AlertQuery query, Clock clock, Settings settings, Instant since) {
        this.source = Objects.requireNonNull(source);
        this.query = query.withPageSize(settings.pageSize());
        this.clock = clock;
        this.settings = settings;
        this.since = since;
        this.cursor = since;
        this.seen = new SeenSids(settings.rememberLimit());
    }

    /** One poll. Never throws: a failure is returned and lengthens {@link #nextDelay()}. */
    @Override
    public Poll poll() {
        Instant startedAt = clock.instant();
        // Monitor takes whole seconds; rounding down widens the window, never narrows it.
        Instant from = cursor.minus(settings.overlap()).truncatedTo(ChronoUnit.SECONDS);
        polls++;
        List<Alert> listed;
        try {
            listed = source.list(query.withRange(from, null));
        } catch (RuntimeException e) {
            consecutiveFailures++;
            retryAfter = e instanceof MonitorException ? ((MonitorException) e).retryAfter() : null;
            unavailable = MonitorFailure.of(e) == MonitorFailure.UNAVAILABLE;
            return new Poll(List.of(), e);
        }
        consecutiveFailures = 0;
        retryAfter = null;
        List<Alert> sorted = new ArrayList<>(listed);
        sorted.sort(Comparator.comparing(AlertTail::storedAt, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Alert::sid, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Alert> fresh = new ArrayList<>();
        for (Alert a : sorted) {
            if (a.sid() == null) {
                continue;
            }
            Instant stored = storedAt(a);
            boolean beforeTail = stored != null && stored.isBefore(since);
            if (seen.add(a.sid(), latestDate(a, startedAt)) && !beforeTail) {
                fresh.add(a);
                if (stored != null && stored.isAfter(since)) {
                    Duration delay = Duration.between(stored, startedAt);
                    maxDelay = delay.compareTo(maxDelay) > 0 ? delay : maxDelay;
                }
            }
        }
        cursor = startedAt;
        // Keep SIDs a little past the window's start: the next query starts at cursor - overlap.
        seen.forgetBefore(from.minus(settings.interval()));
        return new Poll(fresh, null);
    }

    /** How long to wait before the next poll: the interval, or an exponential backoff while failing. */
    @Override
    public Duration nextDelay() {
        if (consecutiveFailures == 0) {
            return settings.interval();
        }
        if (retryAfter != null && retryAfter.compareTo(settings.interval()) > 0) {
            return retryAfter.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : retryAfter;
        }
        Duration backoff = settings.interval().multipliedBy(1L << Math.min(consecutiveFailures, 16));
        return backoff.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff;
    }

    @Override
    public boolean following() {
        return !unavailable;
    }

    /** Polls made so far (each is one {@link AlertSource#list} call). */
    @Override
    public long polls() {
        return polls;
    }

    /**
     * The longest time between an alert's {@code date_created} and the poll that first saw it. When this
     * nears the overlap, alerts are arriving later than the window allows and some may be missed.
     */
    public Duration maxObservedDelay() {
        return maxDelay;
    }

    int remembered() {
        return seen.size();
    }

    /**
     * The date a SID is remembered by: the later of the two, so whichever date Monitor filters on,
     * the SID is kept at least as long as the alert can come back.
     */
    private static Instant latestDate(Alert a, Instant fallback) {
        Instant c = a.dateCreated();
        Instant g = a.dateGenerated();
        if (c == null && g == null) {
            return fallback;
        }
        if (c == null || g == null) {
            return c != null ? c : g;
        }
        return c.isAfter(g) ? c : g;
    }

    /** The date the list filter applies to; alerts without it fall back to when they happened. */
    private static Instant storedAt(Alert a) {
        return a.dateCreated() != null ? a.dateCreated() : a.dateGenerated();
    }
}

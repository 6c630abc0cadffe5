package app.switchboard.traffic;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The live statistics of every account: drains the {@link TrafficRecorder} into per-account series and
 * checks thresholds. Confined to one thread (the UI tick); only the recorder is touched by I/O threads.
 *
 * <p>Timestamps are the requests' own, so late and out-of-order records land in their bucket. A record
 * stamped more than {@link #FUTURE_TOLERANCE} ahead of this clock (a skewed or jumping clock) is placed
 * at "now" instead: it would otherwise make every resolution discard its recent history. When the clock
 * itself steps back, the resolutions are rebased so that records stamped with the new time still count.
 */
public final class TrafficMonitor {

    static final Duration FUTURE_TOLERANCE = Duration.ofSeconds(2);

    private final TrafficRecorder recorder;
    private final Clock clock;
    private final Map<String, AccountTraffic> accounts = new HashMap<>();
    private final Map<String, ThresholdWatch> watches = new HashMap<>();
    private boolean restoring;
    private long lastDrainMs = Long.MIN_VALUE;
    private long restoredUpToId = Long.MIN_VALUE;

    public TrafficMonitor(TrafficRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Moves buffered samples into the statistics; returns the alerts they raised, oldest first. */
    public List<TrafficAlert> drain() {
        if (restoring) {
            return List.of(); // the recorder holds samples until the history is in
        }
        long now = clock.millis();
        if (now < lastDrainMs - FUTURE_TOLERANCE.toMillis()) {
            accounts.values().forEach(AccountTraffic::clockJumpedBack);
        }
        lastDrainMs = now;
        List<TrafficAlert> alerts = new ArrayList<>();
        long latestAllowed = now + FUTURE_TOLERANCE.toMillis();
        recorder.drain((sid, sample) -> {
            if (sample.recordId() <= restoredUpToId) {
                return; // already counted from the history
            }
            TrafficSample s = sample.timeMs() > latestAllowed ? atTime(sample, now) : sample;
            account(sid).add(s);
            TrafficAlert alert = watch(sid).onSample(s);
            if (alert != null) {
                alerts.add(alert);
            }
        });
        return alerts;
    }

    private static TrafficSample atTime(TrafficSample s, long timeMs) {
        return new TrafficSample(s.recordId(), timeMs, s.requestId(), s.status(), s.concurrency(), s.serverMs(),
                s.clientMs());
    }

    /** The accounts seen so far, sorted. */
    public SortedSet<String> accounts() {
        return new TreeSet<>(accounts.keySet());
    }

    /** The series of an account over a window ending now; empty when nothing was seen for it. */
    public Optional<AccountSeries> series(String accountSid, TrafficWindow window) {
        AccountTraffic traffic = accounts.get(accountSid);
        return traffic == null ? Optional.empty() : Optional.of(traffic.series(window, clock.millis()));
    }

    /** Charts an account from now on, even before its first request (the sampler's first probe). */
    public void track(String accountSid) {
        account(accountSid);
    }

    /** Forgets an account that was removed from the workspace (late records may bring it back). */
    public void remove(String accountSid) {
        accounts.remove(accountSid);
        watches.remove(accountSid);
        recorder.forget(accountSid);
    }

    /** Sets or clears (null) the account's threshold; an account need not have traffic yet. */
    public void setThreshold(String accountSid, Threshold threshold) {
        watch(accountSid).setThreshold(threshold);
    }

    public Optional<Threshold> threshold(String accountSid) {
        ThresholdWatch w = watches.get(accountSid);
        return w == null ? Optional.empty() : Optional.ofNullable(w.threshold());
    }

    /** Bytes held by every account's series (exact count of the arrays). */
    public long bytes() {
        long b = 0;
        for (AccountTraffic t : accounts.values()) {
            b += t.bytes();
        }
        return b;
    }

    /**
     * Starts a rebuild from the history: until {@link #adopt} or {@link #abandonRestore}, draining waits so
     * that no live sample is counted twice.
     */
    public void beginRestore() {
        restoring = true;
    }

    /** Reads the last 24 h of {@code history} into a snapshot. Runs on a background thread. */
    public static Snapshot load(TrafficHistory history, Clock clock) throws Exception {
        Snapshot snapshot = new Snapshot();
        long now = clock.millis();
        history.since(clock.instant().minus(TrafficWindow.ONE_DAY.length()), record -> {
            if (record != null && record.accountSid() != null) {
                TrafficSample s = TrafficSample.of(record);
                if (s.timeMs() > now) {
                    s = atTime(s, now);
                }
                snapshot.accounts.computeIfAbsent(record.accountSid(), AccountTraffic::new).add(s);
                snapshot.maxId = Math.max(snapshot.maxId, record.id());
            }
        });
        return snapshot;
    }

    /** Takes the rebuilt history; the samples recorded meanwhile follow on the next drain. */
    public void adopt(Snapshot snapshot) {
        accounts.putAll(snapshot.accounts);
        restoredUpToId = snapshot.maxId;
        restoring = false;
    }

    public void abandonRestore() {
        restoring = false;
    }

    private AccountTraffic account(String sid) {
        return accounts.computeIfAbsent(sid, AccountTraffic::new);
    }

    private ThresholdWatch watch(String sid) {
        return watches.computeIfAbsent(sid, ThresholdWatch::new);
    }

    /** The statistics rebuilt from history, ready to adopt. */
    public static final class Snapshot {
        private final Map<String, AccountTraffic> accounts = new HashMap<>();
        private long maxId = Long.MIN_VALUE;

        public int accountCount() {
            return accounts.size();
        }
    }
}

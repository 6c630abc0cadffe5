package app.switchboard.twilio;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * How many requests one account may have in flight, learned AIMD-style (DESIGN §4). Twilio limits
 * concurrency per account and does not publish the ceiling, so the limiter finds it:
 * <ul>
 *   <li>slow start: +1 per success (doubling per round trip) until the first 429;</li>
 *   <li>a 429 tells what the account took: at least the highest {@code Twilio-Concurrent-Requests} a success
 *       ever reported, at most what we had in flight (or what the refusal itself counted) less the refused
 *       request. The first bound lags a round trip behind a fast-growing limit, the second one holds at once:
 *       together they end slow start at the account's cap, not at the stale half of it. A limit above that
 *       drops to it. At or under it:
 *       <ul>
 *         <li>no success since the previous 429 (a storm: the account refuses everything): cut by 10 %;</li>
 *         <li>others on the account (a success reported more requests than ours), or a second refusal within a
 *             few round trips (others whose share hides behind our own retries): one step down;</li>
 *         <li>else an isolated refusal right at the cap, Twilio's count lagging ours by a request: keep the
 *             limit (a cut would idle part of the account until slow probing brings it back).</li>
 *       </ul>
 *       Without the header the limit is cut by 10 %. At most once per round trip (the 429s of requests already
 *       in flight say nothing new);</li>
 *   <li>below the ceiling the limit grows by one per round trip; near it, eight times slower; above it (a
 *       probe for room freed or a raised cap) eight times slower, and half as fast again each time a probe
 *       finds the cap where the last one did, down to one sixty-fourth: a steady cap is probed every few
 *       seconds, so its 429s cost well under one per cent;</li>
 *   <li>a {@code Twilio-Concurrent-Requests} at the ceiling and above the limit means someone else uses the
 *       rest of the account: no growth;</li>
 *   <li>no growth either while fewer than half the permits are in use (requests outside a bulk hold none): a limit
 *       is only learned by using it, as TCP validates its window (RFC 7661).</li>
 * </ul>
 * Thread-safe.
 */
public final class AdaptiveLimiter {
    private static final double DECREASE = 0.9;
    private static final int PROBE_SLOWDOWN = 8;
    private static final int MAX_PROBE_SLOWDOWN = 64;
    /** Two refusals at the cap this many round trips apart or closer are no longer an accident of counting. */
    private static final int REPEAT_ROUND_TRIPS = 3;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private final int min;
    private final int max;
    private final LongSupplier nanos;
    private double limit;
    private double ceiling = Double.NaN;
    private int inFlight;
    private long lastDecreaseNanos = Long.MIN_VALUE / 2;
    private long lastRefusalAtCapNanos = Long.MIN_VALUE / 2;
    private double smoothedRttNanos = 100_000_000;
    /** Highest {@code Twilio-Concurrent-Requests} any success reported: the account's cap never shrinks. */
    private int maxConcurrentSeen;
    /** A success since the last 429 reported more requests than ours in flight (plus one for count lag). */
    private boolean othersSeen;
    private boolean succeededSinceRefusal;
    /** How much slower than one per round trip the limit grows above the ceiling. */
    private int probeSlowdown = PROBE_SLOWDOWN;
    private final List<IntConsumer> limitListeners = new CopyOnWriteArrayList<>();
    /** The limiter whose permit this thread holds inside {@link #run}, so a retry's wait can hand it back. */
    private static final ThreadLocal<AdaptiveLimiter> HELD = new ThreadLocal<>();

    public AdaptiveLimiter(int initial, int min, int max) {
        this(initial, min, max, System::nanoTime);
    }

    AdaptiveLimiter(int initial, int min, int max, LongSupplier nanos) {
        if (min < 1 || initial < min || max < initial) {
            throw new IllegalArgumentException("need 1 <= min <= initial <= max");
        }
        this.min = min;
        this.max = max;
        this.limit = initial;
        this.nanos = nanos;
    }

    /** Waits for a permit. */
    public void acquire() throws InterruptedException {
        lock.lock();
        try {
            while (inFlight >= (int) limit) {
                released.await();
            }
            inFlight++;
        } finally {
            lock.unlock();
        }
    }

    public void release() {
        lock.lock();
        try {
            inFlight--;
            // One permit came back: wake one waiter, not the whole bulk pool (a herd of dozens per answer).
            released.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} under a permit. */
    public <T> T run(Callable<T> work) throws Exception {
        acquire();
        AdaptiveLimiter outer = HELD.get();
        HELD.set(this);
        try {
            return work.call();
        } finally {
            // A retry's wait interrupted before it took its permit back leaves none to release.
            boolean holds = HELD.get() == this;
            if (outer == null) {
                HELD.remove();
            } else {
                HELD.set(outer); // work of another account's limiter run inside this one's
            }
            if (holds) {
                release();
            }
        }
    }

    /**
     * Waits {@code duration} (a retry's backoff) without the permit this thread holds inside {@link #run}, if any:
     * a request waiting to be retried is not in flight at Twilio, so its place goes to the next request meanwhile.
     * The permit is taken again, at the limit then in force, before the retry is sent.
     */
    static void waitWithoutPermit(Sleeper sleeper, Duration duration) throws InterruptedException {
        AdaptiveLimiter held = HELD.get();
        if (held == null) {
            sleeper.sleep(duration);
            return;
        }
        HELD.set(null);
        held.release();
        sleeper.sleep(duration);
        held.acquire();
        HELD.set(held);
    }

    /** Feedback from one answer of this account (the client feeds every attempt). */
    public void onResponse(int status, Integer concurrentRequests) {
        onResponse(status, concurrentRequests, -1, -1);
    }

    /**
     * @param roundTripNanos  the attempt's own round trip (not counting retry waits), or negative if unknown;
     *                        it sets how long one decrease shields against the 429s already on their way
     * @param inFlightAtSend  {@link #inFlight()} when the attempt was sent, or negative if unknown: Twilio counted
     *                        the account then, so only more than we had out then is someone else's
     */
    void onResponse(int status, Integer concurrentRequests, long roundTripNanos, int inFlightAtSend) {
        int before;
        int after;
        lock.lock();
        try {
            before = (int) limit;
            adjust(status, concurrentRequests, roundTripNanos, inFlightAtSend);
            after = (int) limit;
        } finally {
            lock.unlock();
        }
        if (after != before) {
            limitListeners.forEach(l -> l.accept(after));
        }
    }

    /** Called with the new limit whenever it changes (on the client's I/O threads: be quick). */
    public void addLimitListener(IntConsumer listener) {
        limitListeners.add(listener);
    }

    public void removeLimitListener(IntConsumer listener) {
        limitListeners.remove(listener);
    }

    /** Caller holds the lock. */
    private void adjust(int status, Integer concurrentRequests, long roundTripNanos, int inFlightAtSend) {
        if (roundTripNanos > 0 && status != 429) {
            smoothedRttNanos = 0.8 * smoothedRttNanos + 0.2 * roundTripNanos;
        }
        if (status == 429) {
            long now = nanos.getAsLong();
            if (now - lastDecreaseNanos >= (long) smoothedRttNanos) {
                onRefusal(concurrentRequests, now);
                othersSeen = false;
                succeededSinceRefusal = false;
                lastDecreaseNanos = now;
            }
        } else if (status > 0 && status < 500) {
            succeededSinceRefusal = true;
            if (concurrentRequests != null) {
                maxConcurrentSeen = Math.max(maxConcurrentSeen, concurrentRequests);
                // Our count now may be lower than when Twilio counted (a cut, the end of a bulk): compare with
                // the higher of the two, so our own earlier requests are not taken for someone else's.
                othersSeen |= concurrentRequests > Math.max(inFlight, inFlightAtSend) + 1;
            }
            // The account full (at its ceiling) and more on it than our limit: the rest is someone else's, leave
            // it to them. Not before a ceiling is known: others' load alone would keep a slow start at its first step.
            if (concurrentRequests != null && concurrentRequests >= ceiling && concurrentRequests > limit) {
                return;
            }
            // Most permits idle (single requests between bulks, a bulk's last few): the success says nothing about
            // room for more. Growing on it would start the next bulk far over the cap, its first burst refused.
            if (inFlightAtSend >= 0 && 2 * Math.max(inFlight, inFlightAtSend) < limit) {
                return;
            }
            int permitsBefore = (int) limit;
            if (Double.isNaN(ceiling)) {
                limit += 1;
            } else if (limit < ceiling - 1) {
                limit += 1 / limit;
            } else if (limit < ceiling) {
                limit += 1 / (limit * PROBE_SLOWDOWN);
            } else {
                limit += 1 / (limit * probeSlowdown);
            }
            limit = Math.min(max, limit);
            if ((int) limit > permitsBefore) {
                released.signal();
            }
        }
    }

    /** A 429 outside the shield of the previous one. Caller holds the lock. */
    private void onRefusal(Integer concurrentRequests, long now) {
        if (maxConcurrentSeen == 0) {
            // No header: nothing to go by but the limit itself.
            ceiling = limit;
            limit = Math.max(min, limit * DECREASE);
            return;
        }
        // inFlight still holds the refused request's permit (handed back only once its retry's wait begins), hence
        // the minus one.
        int counted = concurrentRequests == null ? inFlight : Math.min(inFlight, concurrentRequests);
        int taken = Math.max(maxConcurrentSeen, counted - 1);
        if ((int) limit > taken) {
            // A probe above the cap that finds it where the last one did: the cap is steady, probe half as often.
            probeSlowdown = taken == ceiling ? Math.min(MAX_PROBE_SLOWDOWN, probeSlowdown * 2) : PROBE_SLOWDOWN;
            ceiling = taken;
            limit = taken;
            return;
        }
        ceiling = taken;
        boolean repeated = now - lastRefusalAtCapNanos < REPEAT_ROUND_TRIPS * (long) smoothedRttNanos;
        lastRefusalAtCapNanos = now;
        if (!succeededSinceRefusal) {
            limit = Math.max(min, limit * DECREASE);
        } else if (othersSeen || repeated) {
            limit = Math.max(min, limit - 1);
        }
    }

    /** The current number of permits. */
    public int limit() {
        lock.lock();
        try {
            return (int) limit;
        } finally {
            lock.unlock();
        }
    }

    public int inFlight() {
        lock.lock();
        try {
            return inFlight;
        } finally {
            lock.unlock();
        }
    }
}

package app.switchboard.sandbox.load;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * Twilio's per-account concurrency limit: a request is admitted only if the account's in-flight requests (real
 * plus simulated background) stay within the cap. A refused request is never processed (429 / 20429).
 */
public final class ConcurrencyGate {
    private final int cap;
    private final BackgroundLoad background;
    private final LongSupplier elapsedMillis;
    private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

    public ConcurrencyGate(int cap, BackgroundLoad background, LongSupplier elapsedMillis) {
        this.cap = cap;
        this.background = background;
        this.elapsedMillis = elapsedMillis;
    }

    /**
     * Tries to admit a request. Returns the concurrent-request count to report (including this request) when
     * admitted, or the negated count when refused (the caller must not {@link #release} a refused request).
     */
    public int tryAcquire(String accountSid) {
        AtomicInteger counter = inFlight.computeIfAbsent(accountSid, k -> new AtomicInteger());
        int now = counter.incrementAndGet();
        int total = now + background.at(elapsedMillis.getAsLong());
        if (total > cap) {
            counter.decrementAndGet();
            return -total;
        }
        return total;
    }

    public void release(String accountSid) {
        inFlight.get(accountSid).decrementAndGet();
    }

    /** Current real + background in-flight count, for answers that never entered the gate (401, 404 ...). */
    public int current(String accountSid) {
        AtomicInteger counter = inFlight.get(accountSid);
        return (counter == null ? 0 : counter.get()) + background.at(elapsedMillis.getAsLong());
    }

    public int cap() {
        return cap;
    }
}

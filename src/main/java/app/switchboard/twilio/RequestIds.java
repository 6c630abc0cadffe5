package app.switchboard.twilio;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for {@link RequestRecord}s: increasing, and unique across restarts because they start from the
 * wall clock in microseconds (a process would need more than a million requests per second to catch up
 * with the next start).
 */
public final class RequestIds {
    private static final AtomicLong NEXT = new AtomicLong(System.currentTimeMillis() * 1000L);

    private RequestIds() {
    }

    public static long next() {
        return NEXT.incrementAndGet();
    }
}

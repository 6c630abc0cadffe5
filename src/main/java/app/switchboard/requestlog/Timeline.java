package app.switchboard.requestlog;

import java.time.Instant;

/**
 * Requests per interval and status class over a time range, for the timeline chart.
 *
 * @param counts {@code counts[bucket][cls]} with cls 0 = no response, 1 = 1xx/2xx, 2 = 3xx, 3 = 4xx, 4 = 5xx
 */
public record Timeline(Instant from, Instant to, long bucketMillis, long[][] counts) {

    public static final int CLASSES = 5;

    public static int classOf(int status) {
        if (status <= 0 || status >= 600) {
            return 0;
        }
        return status < 300 ? 1 : status / 100 - 1;
    }

    public int buckets() {
        return counts.length;
    }

    public long total(int bucket) {
        long t = 0;
        for (long c : counts[bucket]) {
            t += c;
        }
        return t;
    }

    public long max() {
        long m = 0;
        for (int i = 0; i < counts.length; i++) {
            m = Math.max(m, total(i));
        }
        return m;
    }

    public Instant bucketStart(int bucket) {
        return from.plusMillis(bucket * bucketMillis);
    }
}

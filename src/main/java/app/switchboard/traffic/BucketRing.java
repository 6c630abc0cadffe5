package app.switchboard.traffic;

import java.util.Arrays;

/**
 * One resolution of an account's series: a ring of fixed-width time buckets covering the last
 * {@code capacity * widthMs}. Struct-of-arrays so its memory is a handful of arrays allocated once
 * (plus a duration histogram per bucket that has seen a duration).
 *
 * <p>A bucket keeps the MAX concurrency of its samples (and that sample's request) so peaks survive the
 * coarser resolutions, the LAST one by sample time (so out-of-order arrival does not matter), counts, and
 * the reference of its first 429 so a marker can open that request. Samples older than the ring are dropped.
 * Not thread-safe: owned by whoever drains the recorder.
 */
final class BucketRing {

    private static final double[] QUANTILES = {0.50, 0.95};

    final long widthMs;
    final int capacity;
    private final long[] index;
    private final int[] maxConcurrency;
    private final int[] lastConcurrency;
    private final long[] lastConcurrencyAt;
    private final String[] peakReference;
    private final int[] requests;
    private final int[] errors;
    private final int[] throttled;
    private final String[] firstThrottled;
    private final int[][] server;
    private final int[][] client;
    /** Per-bucket p50/p95 cache: [slot*4 + 0..1] server, [slot*4 + 2..3] client; recomputed when dirty. */
    private final float[] percentiles;
    private final boolean[] dirty;
    private long newest = Long.MIN_VALUE;

    BucketRing(long widthMs, int capacity) {
        this.widthMs = widthMs;
        this.capacity = capacity;
        index = new long[capacity];
        Arrays.fill(index, Long.MIN_VALUE);
        maxConcurrency = new int[capacity];
        lastConcurrency = new int[capacity];
        lastConcurrencyAt = new long[capacity];
        peakReference = new String[capacity];
        requests = new int[capacity];
        errors = new int[capacity];
        throttled = new int[capacity];
        firstThrottled = new String[capacity];
        server = new int[capacity][];
        client = new int[capacity][];
        percentiles = new float[capacity * 4];
        dirty = new boolean[capacity];
    }

    void add(TrafficSample s) {
        long bucket = Math.floorDiv(s.timeMs(), widthMs);
        if (newest != Long.MIN_VALUE && bucket <= newest - capacity) {
            return; // older than this resolution keeps
        }
        newest = Math.max(newest, bucket);
        int slot = slotOf(bucket);
        if (index[slot] != bucket) {
            clear(slot, bucket);
        }
        requests[slot]++;
        if (s.error()) {
            errors[slot]++;
        }
        if (s.throttled() && throttled[slot]++ == 0) {
            firstThrottled[slot] = s.reference();
        }
        if (s.concurrency() >= 0) {
            if (s.concurrency() > maxConcurrency[slot]) {
                maxConcurrency[slot] = s.concurrency();
                peakReference[slot] = s.reference();
            }
            if (lastConcurrency[slot] < 0 || s.timeMs() >= lastConcurrencyAt[slot]) {
                lastConcurrency[slot] = s.concurrency();
                lastConcurrencyAt[slot] = s.timeMs();
            }
        }
        if (!Double.isNaN(s.serverMs())) {
            server[slot] = count(server[slot], s.serverMs());
            dirty[slot] = true;
        }
        if (!Double.isNaN(s.clientMs())) {
            client[slot] = count(client[slot], s.clientMs());
            dirty[slot] = true;
        }
    }

    private static int[] count(int[] histogram, double millis) {
        int[] h = histogram != null ? histogram : new int[DurationHistogram.BINS];
        h[DurationHistogram.bin(millis)]++;
        return h;
    }

    private void clear(int slot, long bucket) {
        index[slot] = bucket;
        maxConcurrency[slot] = -1;
        lastConcurrency[slot] = -1;
        lastConcurrencyAt[slot] = Long.MIN_VALUE;
        peakReference[slot] = null;
        requests[slot] = 0;
        errors[slot] = 0;
        throttled[slot] = 0;
        firstThrottled[slot] = null;
        // keep the arrays: a busy account refills them every bucket, so reallocating would only churn
        if (server[slot] != null) {
            Arrays.fill(server[slot], 0);
        }
        if (client[slot] != null) {
            Arrays.fill(client[slot], 0);
        }
        Arrays.fill(percentiles, slot * 4, slot * 4 + 4, Float.NaN);
        dirty[slot] = false;
    }

    /**
     * The wall clock stepped back: accept buckets from the new "now" again. Buckets stamped in the old,
     * now future, timeline stay until the ring comes round to overwrite them; no window reads them.
     */
    void rebase() {
        newest = Long.MIN_VALUE;
    }

    private int slotOf(long bucket) {
        return (int) Math.floorMod(bucket, (long) capacity);
    }

    /** The slot holding {@code bucket}, or -1 when that bucket has no data. */
    int slot(long bucket) {
        int slot = slotOf(bucket);
        return index[slot] == bucket ? slot : -1;
    }

    int maxConcurrency(int slot) {
        return maxConcurrency[slot];
    }

    int lastConcurrency(int slot) {
        return lastConcurrency[slot];
    }

    String peakReference(int slot) {
        return peakReference[slot];
    }

    int requests(int slot) {
        return requests[slot];
    }

    int errors(int slot) {
        return errors[slot];
    }

    int throttled(int slot) {
        return throttled[slot];
    }

    String firstThrottled(int slot) {
        return firstThrottled[slot];
    }

    /** p50 (which=0) or p95 (which=1) of server (client=false) or client durations in this bucket. */
    float percentile(int slot, boolean ofClient, int which) {
        if (dirty[slot]) {
            double[] out = new double[2];
            fillPercentiles(server[slot], out, slot * 4);
            fillPercentiles(client[slot], out, slot * 4 + 2);
            dirty[slot] = false;
        }
        return percentiles[slot * 4 + (ofClient ? 2 : 0) + which];
    }

    private void fillPercentiles(int[] histogram, double[] out, int at) {
        if (histogram == null) {
            return;
        }
        DurationHistogram.percentiles(histogram, QUANTILES, out);
        percentiles[at] = (float) out[0];
        percentiles[at + 1] = (float) out[1];
    }

    /** Adds this bucket's histogram into {@code into}. */
    void mergeDurations(int slot, boolean ofClient, int[] into) {
        int[] h = ofClient ? client[slot] : server[slot];
        if (h != null) {
            for (int i = 0; i < h.length; i++) {
                into[i] += h[i];
            }
        }
    }

    /** Bytes held by this ring's arrays (16-byte headers, 8-byte references, strings as shared refs). */
    long bytes() {
        long b = 6L * 16 + capacity * (8L + 4 + 4 + 8 + 8 + 4 + 4 + 4 + 8 + 8 + 8 + 1) + 16 + capacity * 16L;
        for (int i = 0; i < capacity; i++) {
            b += histogramBytes(server[i]) + histogramBytes(client[i]);
            b += stringBytes(peakReference[i]) + stringBytes(firstThrottled[i]);
        }
        return b;
    }

    private static long histogramBytes(int[] h) {
        return h == null ? 0 : 16 + 4L * h.length;
    }

    private static long stringBytes(String s) {
        return s == null ? 0 : 40 + s.length(); // String + its Latin-1 byte[]
    }
}

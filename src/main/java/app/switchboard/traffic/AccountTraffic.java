package app.switchboard.traffic;

import java.util.Arrays;

/**
 * Everything kept about one account: the same samples at three resolutions (1 s for 5 min, 10 s for
 * 1 h, 3 min for 24 h), about 1,140 buckets in all, so memory per account is bounded whatever the load.
 * Not thread-safe: owned by the thread that drains the recorder.
 */
final class AccountTraffic {

    private static final double[] QUANTILES = {0.50, 0.95, 0.99};
    private static final int RATE_SECONDS = 10;

    private final String accountSid;
    private final BucketRing[] rings = {
        new BucketRing(1_000, 300),
        new BucketRing(10_000, 360),
        new BucketRing(180_000, 480),
    };

    AccountTraffic(String accountSid) {
        this.accountSid = accountSid;
    }

    void add(TrafficSample sample) {
        for (BucketRing ring : rings) {
            ring.add(sample);
        }
    }

    void clockJumpedBack() {
        for (BucketRing ring : rings) {
            ring.rebase();
        }
    }

    long bytes() {
        long b = 0;
        for (BucketRing ring : rings) {
            b += ring.bytes();
        }
        return b;
    }

    /** The buckets of {@code window} that end at {@code nowMs}. */
    AccountSeries series(TrafficWindow window, long nowMs) {
        BucketRing ring = rings[window.resolution()];
        int n = (int) (window.length().toMillis() / ring.widthMs);
        long last = Math.floorDiv(nowMs, ring.widthMs);
        long first = last - n + 1;
        float[] concMax = nans(n);
        float[] concLast = nans(n);
        String[] peakRef = new String[n];
        int[] requests = new int[n];
        int[] errors = new int[n];
        int[] throttled = new int[n];
        String[] firstThrottled = new String[n];
        float[] serverP50 = nans(n);
        float[] serverP95 = nans(n);
        float[] clientP50 = nans(n);
        float[] clientP95 = nans(n);
        int[] serverAll = new int[DurationHistogram.BINS];
        int[] clientAll = new int[DurationHistogram.BINS];
        int current = -1;
        int peak = -1;
        long totalRequests = 0;
        long totalErrors = 0;
        long totalThrottled = 0;
        for (int i = 0; i < n; i++) {
            int slot = ring.slot(first + i);
            if (slot < 0) {
                continue;
            }
            if (ring.maxConcurrency(slot) >= 0) {
                concMax[i] = ring.maxConcurrency(slot);
                concLast[i] = ring.lastConcurrency(slot);
                peakRef[i] = ring.peakReference(slot);
                current = ring.lastConcurrency(slot);
                peak = Math.max(peak, ring.maxConcurrency(slot));
            }
            requests[i] = ring.requests(slot);
            errors[i] = ring.errors(slot);
            throttled[i] = ring.throttled(slot);
            firstThrottled[i] = ring.firstThrottled(slot);
            serverP50[i] = ring.percentile(slot, false, 0);
            serverP95[i] = ring.percentile(slot, false, 1);
            clientP50[i] = ring.percentile(slot, true, 0);
            clientP95[i] = ring.percentile(slot, true, 1);
            ring.mergeDurations(slot, false, serverAll);
            ring.mergeDurations(slot, true, clientAll);
            totalRequests += requests[i];
            totalErrors += errors[i];
            totalThrottled += throttled[i];
        }
        double[] server = new double[QUANTILES.length];
        double[] client = new double[QUANTILES.length];
        DurationHistogram.percentiles(serverAll, QUANTILES, server);
        DurationHistogram.percentiles(clientAll, QUANTILES, client);
        WindowSummary summary = new WindowSummary(current, peak, server, client, totalRequests, totalErrors,
                totalThrottled, recentRate(nowMs));
        return new AccountSeries(accountSid, window, first * ring.widthMs, ring.widthMs, concMax, concLast,
                peakRef, requests, errors, throttled, firstThrottled, serverP50, serverP95, clientP50,
                clientP95, summary);
    }

    /** Requests per second over the last complete seconds (the current second is still filling). */
    private double recentRate(long nowMs) {
        BucketRing seconds = rings[0];
        long now = Math.floorDiv(nowMs, seconds.widthMs);
        long count = 0;
        for (long b = now - RATE_SECONDS; b < now; b++) {
            int slot = seconds.slot(b);
            if (slot >= 0) {
                count += seconds.requests(slot);
            }
        }
        return count / (double) RATE_SECONDS;
    }

    private static float[] nans(int n) {
        float[] a = new float[n];
        Arrays.fill(a, Float.NaN);
        return a;
    }
}

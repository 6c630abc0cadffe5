package app.switchboard.traffic;

/**
 * One account's series over a window, one entry per bucket: bucket {@code i} starts at
 * {@code startMs + i * stepMs}. Floats are NaN where a bucket has no value (so charts leave a gap),
 * strings null. Built fresh on each tick; the chart model only reads it.
 *
 * @param concurrencyMax  max Twilio-Concurrent-Requests per bucket (peaks survive downsampling)
 * @param concurrencyLast last one per bucket, by request time
 * @param peakReference   request reference of the sample that set the max (for the hover tooltip)
 * @param firstThrottled  reference of the first 429 in each bucket (for the marker click)
 */
public record AccountSeries(String accountSid, TrafficWindow window, long startMs, long stepMs,
                            float[] concurrencyMax, float[] concurrencyLast, String[] peakReference,
                            int[] requests, int[] errors, int[] throttled, String[] firstThrottled,
                            float[] serverP50, float[] serverP95, float[] clientP50, float[] clientP95,
                            WindowSummary summary) {

    public int size() {
        return requests.length;
    }

    public long timeOf(int i) {
        return startMs + i * stepMs;
    }

    /**
     * The first bucket with a request or a concurrency reading, or {@link #size()} when none has: before it
     * nothing was watched (the app was not running or not watching this account), which is not zero traffic.
     */
    public int firstWithData() {
        for (int i = 0; i < size(); i++) {
            if (requests[i] > 0 || !Float.isNaN(concurrencyMax[i])) {
                return i;
            }
        }
        return size();
    }
}

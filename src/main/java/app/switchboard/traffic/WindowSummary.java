package app.switchboard.traffic;

/**
 * The KPIs of one account over a window.
 *
 * @param currentConcurrency latest Twilio-Concurrent-Requests seen in the window, or -1
 * @param peakConcurrency    highest one in the window, or -1
 * @param serverMs           Twilio server duration p50, p95, p99 in ms (NaN when no sample)
 * @param clientMs           client round trip p50, p95, p99 in ms (NaN when no sample)
 * @param requests           requests in the window
 * @param errors             4xx/5xx/failed requests in the window
 * @param throttled          429s in the window
 * @param requestsPerSecond  rate over the last 10 seconds
 */
public record WindowSummary(int currentConcurrency, int peakConcurrency, double[] serverMs, double[] clientMs,
                            long requests, long errors, long throttled, double requestsPerSecond) {
}

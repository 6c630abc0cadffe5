package app.switchboard.traffic;

import app.switchboard.twilio.RequestRecord;

/**
 * The few fields of a {@link RequestRecord} the charts need. Records carry headers and bodies; keeping
 * only this in the ingestion buffers is what keeps their memory small.
 *
 * @param recordId    the record's id (increasing across the process, see RequestIds)
 * @param timeMs      when the request started, epoch milliseconds
 * @param requestId   the Twilio-Request-Id, or null
 * @param status      HTTP status, 0 when no response arrived
 * @param concurrency Twilio-Concurrent-Requests, or -1 when absent or unusable
 * @param serverMs    Twilio-Request-Duration in milliseconds, or NaN when absent or unusable
 * @param clientMs    client round trip in milliseconds, or NaN when no response arrived
 */
public record TrafficSample(long recordId, long timeMs, String requestId, int status, int concurrency,
                            double serverMs, double clientMs) {

    /** Converts a record, dropping header values that are missing, negative or not finite. */
    public static TrafficSample of(RequestRecord r) {
        Integer concurrent = r.concurrentRequests();
        Double server = r.twilioDurationSeconds();
        double serverMs = server != null && DurationHistogram.accepts(server) ? server * 1000.0 : Double.NaN;
        double clientMs = r.status() != 0 && DurationHistogram.accepts(r.roundTripMillis())
                ? r.roundTripMillis() : Double.NaN;
        return new TrafficSample(r.id(), epochMillis(r.startedAt()), r.requestId(), r.status(),
                concurrent != null && concurrent >= 0 ? concurrent : -1, serverMs, clientMs);
    }

    /** Epoch millis, saturated: a broken clock's Instant.MAX must not throw on the client's I/O thread. */
    private static long epochMillis(java.time.Instant t) {
        try {
            return t.toEpochMilli();
        } catch (ArithmeticException e) {
            return t.isBefore(java.time.Instant.EPOCH) ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
    }

    public boolean throttled() {
        return status == 429;
    }

    /** A 4xx/5xx answer, or no answer at all. */
    public boolean error() {
        return status == 0 || status >= 400;
    }

    /** What the request log can be opened on: the Twilio request id, else our own record id. */
    public String reference() {
        return requestId != null ? requestId : "#" + recordId;
    }
}

package app.switchboard.requestlog;

import java.time.Instant;

/**
 * One attempt as listed in the log: everything the table shows, no headers or bodies.
 *
 * @param parentId              id of the first attempt for a retry, else 0
 * @param twilioDurationSeconds {@code Twilio-Request-Duration}, or null
 * @param source                "switchboard" or the label of an imported HAR file
 */
public record RequestRow(
        long id,
        long parentId,
        int attempt,
        Instant time,
        String account,
        String credential,
        String method,
        String origin,
        String path,
        String query,
        int status,
        Integer twilioCode,
        Double twilioDurationSeconds,
        double roundTripMillis,
        Integer concurrency,
        String requestId,
        String source,
        String failure) {

    public boolean isRetry() {
        return parentId != 0;
    }

    /** The full URL (already redacted when stored). */
    public String url() {
        return origin + path + (query == null ? "" : "?" + query);
    }

    /** 2, 3, 4 or 5 for the status class; 0 when no response arrived. */
    public int statusClass() {
        return status >= 100 && status < 600 ? status / 100 : 0;
    }

    public boolean imported() {
        return !RequestLogDatabase.OWN_SOURCE.equals(source);
    }
}

package app.switchboard.twilio;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One HTTP attempt made to Twilio, as captured by the client (DESIGN §3).
 *
 * <p>A retry is its own record whose {@code parentId} is the id of the first attempt. Everything in
 * a record is already safe to store and show: the URL has no {@code user:pass@}, the Authorization
 * header is never included, and bodies have secrets redacted and are capped in size by the client.
 *
 * @param id                    unique id of this attempt (see {@link RequestIds})
 * @param parentId              id of the first attempt when this record is a retry, else 0
 * @param attempt               1 for the first attempt, 2 for the first retry, ...
 * @param startedAt             when the attempt was sent
 * @param accountSid            the account the request acted for (AC…), or null when unknown
 * @param credentialSid         the SID used to authenticate (SK… or AC…), never the secret
 * @param method                HTTP method
 * @param url                   full URL including the query string, with any userinfo removed
 * @param status                HTTP status, or 0 when no response arrived
 * @param twilioCode            Twilio error code from the error body, or null
 * @param requestId             the {@code Twilio-Request-Id} header (RQ…), or null
 * @param concurrentRequests    the {@code Twilio-Concurrent-Requests} header, or null when absent or unparsable
 * @param twilioDurationSeconds the {@code Twilio-Request-Duration} header in seconds, or null
 * @param roundTripMillis       time from sending the request to reading the whole response, as the client saw it
 * @param requestBytes          request body size in bytes
 * @param responseBytes         response body size in bytes
 * @param failure               why no response arrived (connection refused, timeout, TLS ...), else null
 * @param requestHeaders        request headers as sent, minus Authorization
 * @param responseHeaders       response headers as received
 * @param requestBody           request body (form), redacted and capped, or null
 * @param responseBody          response body, redacted and capped, or null
 */
public record RequestRecord(
        long id,
        long parentId,
        int attempt,
        Instant startedAt,
        String accountSid,
        String credentialSid,
        String method,
        String url,
        int status,
        Integer twilioCode,
        String requestId,
        Integer concurrentRequests,
        Double twilioDurationSeconds,
        double roundTripMillis,
        long requestBytes,
        long responseBytes,
        String failure,
        List<Header> requestHeaders,
        List<Header> responseHeaders,
        String requestBody,
        String responseBody) {

    public RequestRecord {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(url, "url");
        requestHeaders = requestHeaders == null ? List.of() : List.copyOf(requestHeaders);
        responseHeaders = responseHeaders == null ? List.of() : List.copyOf(responseHeaders);
    }

    /** True when this attempt is a retry of an earlier one. */
    public boolean isRetry() {
        return parentId != 0;
    }

    /** True when Twilio refused the request for exceeding the account's concurrency (HTTP 429). */
    public boolean isThrottled() {
        return status == 429;
    }

    /** One HTTP header line. */
    public record Header(String name, String value) {
        public Header {
            Objects.requireNonNull(name, "name");
            value = value == null ? "" : value;
        }
    }
}

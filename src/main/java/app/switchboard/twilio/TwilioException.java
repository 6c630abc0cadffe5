package app.switchboard.twilio;

import java.time.Duration;
import java.util.Optional;

/**
 * Every failure talking to Twilio: an error answer (HTTP status + Twilio code) or no answer at all
 * (status 0: connection refused, timeout, TLS failure, unknown host). Messages never contain secrets.
 */
public class TwilioException extends RuntimeException {
    private final int status;
    private final Integer code;
    private final String twilioMessage;
    private final String moreInfo;
    private final String requestId;
    private final String method;
    private final String path;
    /** The server's Retry-After on the answer that ended the call, when it gave one. */
    private Duration retryAfter;

    public TwilioException(int status, Integer code, String twilioMessage, String moreInfo, String requestId, String method,
            String path, Throwable cause) {
        super(summary(status, code, twilioMessage), cause);
        this.status = status;
        this.code = code;
        this.twilioMessage = twilioMessage == null || twilioMessage.isBlank() ? "HTTP " + status : twilioMessage;
        this.moreInfo = moreInfo;
        this.requestId = requestId;
        this.method = method;
        this.path = path;
    }

    /** Records the Retry-After of the final answer (set once by the client that built this exception). */
    TwilioException withRetryAfter(Duration after) {
        this.retryAfter = after;
        return this;
    }

    /** How long Twilio asked to wait before trying again, when its last answer said so. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** A failure where no HTTP answer arrived. */
    static TwilioException noResponse(String message, String method, String path, Throwable cause) {
        return new TwilioException(0, null, message, null, null, method, path, cause);
    }

    private static String summary(int status, Integer code, String message) {
        return (status == 0 ? "" : "HTTP " + status + (code == null ? "" : " / Twilio " + code) + ": ") + message;
    }

    /** HTTP status, or 0 when no response arrived. */
    public int status() {
        return status;
    }

    /** Twilio's error code (e.g. 20003), or null. */
    public Integer code() {
        return code;
    }

    public String twilioMessage() {
        return twilioMessage;
    }

    /** The docs link for the error, or null. */
    public String moreInfo() {
        return moreInfo;
    }

    /** {@code Twilio-Request-Id} (RQ…) to quote to Twilio support, or null. */
    public String requestId() {
        return requestId;
    }

    public boolean isNoResponse() {
        return status == 0;
    }

    public boolean isThrottled() {
        return status == 429 || Integer.valueOf(20429).equals(code);
    }

    public boolean isNotFound() {
        return status == 404;
    }

    /** Lines for a person: what failed, Twilio's code and message, the docs link, the request id, a hint. */
    public String userMessage() {
        StringBuilder b = new StringBuilder();
        if (status == 0) {
            b.append("Error: ").append(twilioMessage);
        } else {
            b.append("Error ").append(code != null ? String.valueOf(code) : "HTTP " + status)
                    .append(" (HTTP ").append(status).append("): ").append(twilioMessage);
        }
        if (method != null && path != null) {
            b.append("\n  Request: ").append(method).append(' ').append(path);
        }
        if (moreInfo != null && !moreInfo.isBlank()) {
            b.append("\n  Docs: ").append(moreInfo);
        }
        if (requestId != null && !requestId.isBlank()) {
            b.append("\n  Request id: ").append(requestId);
        }
        if (retryAfter != null) {
            b.append("\n  Retry after: ").append(Math.max(1, (retryAfter.toMillis() + 999) / 1000)).append(" s (Twilio's Retry-After)");
        }
        String hint = hint();
        if (hint != null) {
            b.append("\n  Hint: ").append(hint);
        }
        return b.toString();
    }

    /** Advice for the well-known traps (facts §1.2, §2.1, §8.2), or null. */
    public String hint() {
        boolean permission = Integer.valueOf(20003).equals(code) || status == 401 || status == 403;
        if (permission && path != null && (path.contains("/Keys") || path.matches(".*/Accounts(/AC[0-9a-fA-F]{32})?\\.json$"))) {
            return "listing keys and accounts needs a Main API key or the Auth Token; standard keys are refused.";
        }
        if (permission) {
            return "check the Account SID and secret; credentials are region-specific (a US1 key does not work in IE1 or AU1),"
                    + " so check --edge/--region too.";
        }
        if (isThrottled()) {
            return "the account's concurrency limit was reached and retries were exhausted; try again later or lower parallelism.";
        }
        return null;
    }
}

package app.switchboard.debugger;

import java.time.Duration;

/**
 * A failed Monitor call, as the source implementation reports it: HTTP status (0 when no answer came),
 * Twilio error code (0 when none) and an optional Retry-After. Lets the Debugger tell "this account has no
 * Debugger" from "slow down" without depending on the client's own exception types.
 */
public class MonitorException extends RuntimeException {

    private final int httpStatus;
    private final int twilioCode;
    private final Duration retryAfter;

    public MonitorException(String message, int httpStatus, int twilioCode, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.twilioCode = twilioCode;
        this.retryAfter = retryAfter;
    }

    public MonitorException(String message, int httpStatus, int twilioCode) {
        this(message, httpStatus, twilioCode, null, null);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public int twilioCode() {
        return twilioCode;
    }

    /** The server's Retry-After, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

package app.switchboard.accounts;

/**
 * Why a call to Twilio failed, in the terms a user needs: the HTTP status and Twilio code (0 when the
 * request never got an answer), Twilio's message, its docs link and the {@code Twilio-Request-Id}.
 */
public record TwilioFailure(Kind kind, int httpStatus, int code, String message, String moreInfo, String requestId) {

    /** What went wrong, so the UI can explain it. */
    public enum Kind {
        /** 401 / 20003: wrong secret, a standard key, or credentials of another region. */
        AUTHENTICATION,
        /** DNS, connection refused, TLS or timeout: the request never got an answer. */
        UNREACHABLE,
        /** Anything else Twilio answered with. */
        OTHER
    }

    public static TwilioFailure unreachable(String message) {
        return new TwilioFailure(Kind.UNREACHABLE, 0, 0, message, null, null);
    }

    /** Code, docs link and request id, one per line (for error details and copying). */
    public String details() {
        StringBuilder b = new StringBuilder();
        if (httpStatus > 0) {
            b.append("HTTP ").append(httpStatus);
        }
        if (code > 0) {
            b.append(b.length() > 0 ? " · " : "").append("Twilio error ").append(code);
        }
        if (moreInfo != null) {
            b.append('\n').append(moreInfo);
        }
        if (requestId != null) {
            b.append("\nRequest ID: ").append(requestId);
        }
        return b.toString().trim();
    }
}

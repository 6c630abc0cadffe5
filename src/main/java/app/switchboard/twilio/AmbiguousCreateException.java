package app.switchboard.twilio;

/**
 * A create request (POST) whose outcome is unknown: it may or may not have been carried out (timeout,
 * reset, 5xx). It is never retried; the caller reconciles by listing (e.g. keys by friendly name).
 */
public final class AmbiguousCreateException extends TwilioException {
    public AmbiguousCreateException(TwilioException cause) {
        super(cause.status(), cause.code(), "The create request may or may not have succeeded (" + cause.twilioMessage()
                + "); it was not retried. List the resources to find out.", cause.moreInfo(), cause.requestId(), null, null,
                cause);
    }
}

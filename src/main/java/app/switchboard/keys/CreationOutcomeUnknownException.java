package app.switchboard.keys;

/**
 * The create request may or may not have reached Twilio (the connection broke after sending). The key
 * may exist with a secret nobody received, so the service reconciles by listing instead of retrying.
 */
public class CreationOutcomeUnknownException extends RuntimeException {
    public CreationOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}

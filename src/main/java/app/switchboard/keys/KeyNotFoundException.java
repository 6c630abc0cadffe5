package app.switchboard.keys;

/** The key no longer exists at Twilio (HTTP 404 / code 20404). */
public class KeyNotFoundException extends RuntimeException {
    public KeyNotFoundException(String keySid, Throwable cause) {
        super("Key " + keySid + " no longer exists at Twilio; it was already revoked.", cause);
    }
}

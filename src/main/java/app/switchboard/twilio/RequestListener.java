package app.switchboard.twilio;

/**
 * Receives every {@link RequestRecord} the client produces. Called on the client's I/O threads:
 * implementations must be quick and thread-safe, and hand heavy work (disk, UI) to their own queue.
 */
@FunctionalInterface
public interface RequestListener {
    void onRecord(RequestRecord record);
}

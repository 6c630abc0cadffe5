package app.switchboard.ui.shell;

/**
 * What the status bar shows about live activity, implemented over the Twilio client's request records by
 * the composition root. Polled by the shell about once a second (from the FX thread), so it must be cheap.
 */
@FunctionalInterface
public interface StatusFeed {

    /**
     * @param concurrency   the last {@code Twilio-Concurrent-Requests} seen for the selected account, or null
     * @param lastRequestId the last {@code Twilio-Request-Id}, or null
     * @param twilioStatus  the last reading of Twilio's status page (read in the background, never by this call)
     */
    record Snapshot(Integer concurrency, String lastRequestId, TwilioStatusReport twilioStatus) {
        public static final Snapshot EMPTY = new Snapshot(null, null, TwilioStatusReport.NOT_CHECKED);
    }

    Snapshot snapshot();

    static StatusFeed none() {
        return () -> Snapshot.EMPTY;
    }
}

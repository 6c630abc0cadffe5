package app.switchboard.twilio;

/** Helpers for webhook URL fields, which Twilio leaves as "" or null when unset. */
public final class Webhooks {
    private Webhooks() {
    }

    public static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}

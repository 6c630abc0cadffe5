package app.switchboard.traffic;

/**
 * A threshold crossed on one account.
 *
 * @param reference the request to open for details (the first 429, or the sample that crossed), or null
 */
public record TrafficAlert(String accountSid, Kind kind, long timeMs, String title, String message,
                           String reference) {

    public enum Kind { NEAR_LIMIT, THROTTLED }
}

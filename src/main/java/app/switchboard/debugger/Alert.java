package app.switchboard.debugger;

import java.time.Instant;

/**
 * One Monitor alert as listed (Twilio's {@code monitor.v1.alert}). Every field may be null: real bodies
 * omit or null fields, and a missing value must never stop the list from showing.
 *
 * @param dateCreated   when Twilio stored the alert; the list's StartDate/EndDate filter and the tail cursor use it
 * @param dateGenerated when the failure happened; because of buffering it can be earlier than {@code dateCreated}
 */
public record Alert(String sid, String accountSid, String errorCode, String logLevel, String alertText,
                    Instant dateCreated, Instant dateGenerated, Instant dateUpdated,
                    String resourceSid, String serviceSid, String requestMethod, String requestUrl,
                    String moreInfo, String apiVersion) {

    /** The time to show: when it happened, or when it was stored if that is all we have. */
    public Instant occurredAt() {
        return dateGenerated != null ? dateGenerated : dateCreated;
    }
}

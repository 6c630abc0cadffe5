package app.switchboard.debugger;

import java.time.Instant;

/** Filters for Monitor's event list; null means "no filter". */
public record EventQuery(String accountSid, Instant start, Instant end, String eventType,
                         String actorSid, String resourceSid, String sourceIpAddress) {

    public static EventQuery forAccount(String accountSid, Instant start, Instant end) {
        return new EventQuery(accountSid, start, end, null, null, null, null);
    }
}

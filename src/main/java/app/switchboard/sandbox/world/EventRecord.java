package app.switchboard.sandbox.world;

import java.time.Instant;
import java.util.Map;

/** One Monitor event (the account's audit log). */
public record EventRecord(String sid, String accountSid, String actorSid, String actorType, String description,
        Map<String, Object> eventData, Instant eventDate, String eventType, String resourceSid, String resourceType,
        String source, String sourceIpAddress, String resourcePath) {
}

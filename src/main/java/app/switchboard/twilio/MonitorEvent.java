package app.switchboard.twilio;

import com.google.gson.JsonElement;
import java.time.Instant;

/** A Monitor audit event (AE…), facts §7. */
public record MonitorEvent(String sid, String accountSid, String actorSid, String actorType, String description,
        JsonElement eventData, Instant eventDate, String eventType, String resourceSid, String resourceType, String source,
        String sourceIpAddress, String url) {
}

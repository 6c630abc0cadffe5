package app.switchboard.twilio;

import com.google.gson.JsonElement;
import java.time.Instant;

/** An Event Streams sink (DG…); webhook sinks carry destination and method in their configuration. */
public record Sink(String sid, String accountSid, String description, String sinkType, JsonElement sinkConfiguration,
        String status, Instant dateCreated, Instant dateUpdated) {

    /** The webhook URL of a webhook sink, else null. */
    public String destination() {
        return configValue("destination");
    }

    /** The HTTP method of a webhook sink, else null. */
    public String method() {
        return configValue("method");
    }

    private String configValue(String name) {
        if (sinkConfiguration == null || !sinkConfiguration.isJsonObject()) {
            return null;
        }
        JsonElement v = sinkConfiguration.getAsJsonObject().get(name);
        return v != null && v.isJsonPrimitive() ? v.getAsString() : null;
    }
}

package app.switchboard.twilio;

import com.google.gson.JsonElement;
import java.time.Instant;
import java.util.Map;

/**
 * A phone number and its webhook configuration (facts §4.1). Unset URLs come as "" or null: use
 * {@link Webhooks#isSet(String)}. A voice application or trunk overrides the voice URLs; an SMS
 * application overrides the SMS URLs.
 */
public record IncomingPhoneNumber(String sid, String accountSid, String phoneNumber, String friendlyName,
        String voiceUrl, String voiceMethod, String voiceFallbackUrl, String voiceFallbackMethod,
        String smsUrl, String smsMethod, String smsFallbackUrl, String smsFallbackMethod,
        String statusCallback, String statusCallbackMethod,
        String voiceApplicationSid, String smsApplicationSid, String trunkSid,
        JsonElement capabilities, String status, String origin, String voiceReceiveMode,
        Instant dateCreated, Instant dateUpdated) {

    /** Capability flags are lowercase in the spec and capitalised in older answers: matched case-insensitively. */
    public boolean hasCapability(String name) {
        if (capabilities == null || !capabilities.isJsonObject()) {
            return false;
        }
        for (Map.Entry<String, JsonElement> e : capabilities.getAsJsonObject().entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && e.getValue().isJsonPrimitive()) {
                return e.getValue().getAsJsonPrimitive().isBoolean() ? e.getValue().getAsBoolean()
                        : Boolean.parseBoolean(e.getValue().getAsString());
            }
        }
        return false;
    }
}

package app.switchboard.twilio;

import java.time.Instant;

/** A short code (SC…) and its SMS URLs (facts §4.3). */
public record ShortCode(String sid, String accountSid, String shortCode, String friendlyName,
        String smsUrl, String smsMethod, String smsFallbackUrl, String smsFallbackMethod,
        Instant dateCreated, Instant dateUpdated) {
}

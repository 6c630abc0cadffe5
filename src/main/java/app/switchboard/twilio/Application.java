package app.switchboard.twilio;

import java.time.Instant;

/** A TwiML application (AP…) and its webhook URLs (facts §4.2). */
public record Application(String sid, String accountSid, String friendlyName,
        String voiceUrl, String voiceMethod, String voiceFallbackUrl, String voiceFallbackMethod,
        String statusCallback, String statusCallbackMethod,
        String smsUrl, String smsMethod, String smsFallbackUrl, String smsFallbackMethod,
        String smsStatusCallback, String messageStatusCallback, Instant dateCreated, Instant dateUpdated) {
}

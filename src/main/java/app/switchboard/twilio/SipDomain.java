package app.switchboard.twilio;

import java.time.Instant;

/** A SIP domain (SD…) and its voice URLs (facts §4.3). */
public record SipDomain(String sid, String accountSid, String domainName, String friendlyName,
        String voiceUrl, String voiceMethod, String voiceFallbackUrl, String voiceFallbackMethod,
        String voiceStatusCallbackUrl, String voiceStatusCallbackMethod, Instant dateCreated, Instant dateUpdated) {
}

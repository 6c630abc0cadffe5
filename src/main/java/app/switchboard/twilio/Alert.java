package app.switchboard.twilio;

import java.time.Instant;

/**
 * A Monitor (Debugger) alert (NO…). The request/response fields are only filled by a fetch (facts §6);
 * several of them are form-encoded strings as Twilio sends them. {@code errorCode} is text in the API.
 */
public record Alert(String sid, String accountSid, String alertText, String apiVersion, Instant dateCreated,
        Instant dateGenerated, Instant dateUpdated, String errorCode, String logLevel, String moreInfo,
        String requestMethod, String requestUrl, String resourceSid, String serviceSid, String url,
        String requestVariables, String responseBody, String responseHeaders, String requestHeaders) {
}

package app.switchboard.sandbox.world;

import java.time.Instant;

/** One Debugger alert, as Monitor stores it. The detail fields are only shown on fetch. */
public record AlertRecord(String sid, String accountSid, String errorCode, String logLevel, String alertText,
        String requestMethod, String requestUrl, String resourceSid, Instant dateGenerated, Instant dateCreated,
        Instant dateUpdated, String requestVariables, String responseBody, String responseHeaders,
        String requestHeaders) {
}

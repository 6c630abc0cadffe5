package app.switchboard.debugger;

/**
 * A fetched alert ({@code monitor.v1.alert-instance}): the list fields plus the request and response of
 * the failing webhook, which Twilio returns only on fetch. The strings are raw as Twilio sends them:
 * {@code requestVariables} and {@code responseHeaders} are form-encoded, {@code requestHeaders} is often null.
 */
public record AlertDetail(Alert alert, String requestVariables, String requestHeaders,
                          String responseHeaders, String responseBody) {
}

package app.switchboard.webhooks;

/**
 * One webhook URL configured on a Twilio resource, as the inventory sees it.
 *
 * @param field        the Twilio field name ({@code voice_url}, {@code sms_fallback_url}, {@code destination}, ...)
 * @param url          the URL exactly as configured; may carry {@code user:pass@}: use {@link #parsedUrl()} to show it
 * @param method       GET or POST (may be null when the resource has no method field)
 * @param overriddenBy the SID (AP… or TK…) whose settings Twilio uses instead, or null when this URL is effective
 */
public record ConfiguredWebhook(String accountSid, String accountName, ResourceType resourceType,
                                String resourceSid, String resourceName, String field, String url,
                                String method, String overriddenBy) {

    public boolean effective() {
        return overriddenBy == null;
    }

    public WebhookUrl parsedUrl() {
        return WebhookUrl.parse(url);
    }

    /** Masks credentials: a record's default toString would print the URL's password. */
    @Override
    public String toString() {
        return "ConfiguredWebhook[" + accountSid + " " + resourceType + " " + resourceSid + " " + field + "="
                + parsedUrl().masked() + (overriddenBy == null ? "" : " overridden by " + overriddenBy) + "]";
    }
}

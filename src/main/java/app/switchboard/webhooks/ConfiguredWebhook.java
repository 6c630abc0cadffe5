package app.switchboard.webhooks;

/**
 * One webhook URL configured on a Twilio resource, as the inventory sees it.
 *
 * @param field        the Twilio field name ({@code voice_url}, {@code sms_fallback_url}, {@code destination}, ...)
 * @param url          the URL as configured, with any {@code user:pass@} masked on construction: the password
 *                     is never needed (the audit probes host:port), so no row, export or log can leak it
 * @param method       GET or POST (may be null when the resource has no method field)
 * @param overriddenBy the SID (AP… or TK…) whose settings Twilio uses instead, or null when this URL is effective
 */
public record ConfiguredWebhook(String accountSid, String accountName, ResourceType resourceType,
                                String resourceSid, String resourceName, String field, String url,
                                String method, String overriddenBy) {

    public ConfiguredWebhook {
        url = url == null ? null : WebhookUrl.parse(url).masked();
    }

    public boolean effective() {
        return overriddenBy == null;
    }

    public WebhookUrl parsedUrl() {
        return WebhookUrl.parse(url);
    }
}

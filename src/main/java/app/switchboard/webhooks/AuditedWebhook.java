package app.switchboard.webhooks;

import app.switchboard.webhooks.tls.TlsProbeResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One inventory row with its verdict: the URL's own findings followed by those of its TLS endpoint.
 *
 * @param tls the probe result of the URL's host:port, or null when the URL could not be probed (or was not yet)
 */
public record AuditedWebhook(ConfiguredWebhook webhook, WebhookUrl url, TlsProbeResult tls) {

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(url.findings());
        if (tls != null) {
            all.addAll(tls.findings());
        }
        return all;
    }

    public Optional<Severity> worst() {
        return Finding.worst(findings());
    }
}

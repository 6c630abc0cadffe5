package app.switchboard.webhooks;

import app.switchboard.webhooks.tls.TlsProbeResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One inventory row with its verdict: the URL's own findings and those of its TLS endpoint, worst first.
 *
 * @param tls the probe result of the URL's host:port, or null when the URL could not be probed (or was not yet)
 */
public record AuditedWebhook(ConfiguredWebhook webhook, WebhookUrl url, TlsProbeResult tls) {

    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>(url.findings());
        if (tls != null) {
            all.addAll(tls.findings());
        }
        all.sort(Comparator.comparing(Finding::severity));
        return all;
    }

    public Optional<Severity> worst() {
        return Finding.worst(findings());
    }
}

package app.switchboard.webhooks;

import app.switchboard.webhooks.tls.TlsProbeResult;
import java.time.Instant;
import java.util.List;

/**
 * The result of one audit run: every webhook with its verdict, every probed endpoint and the per-account
 * matrix. {@code probedAt} of each endpoint tells when it was measured (cached results keep their time).
 *
 * @param maxConcurrentProbes the most probes that ran at the same moment in this run (0 when served from cache)
 * @param notes what the audit could not see (see {@link InventorySource#notes}), for the user
 */
public record AuditReport(Instant finishedAt, List<InventorySource.Account> accounts, List<AuditedWebhook> webhooks,
                          List<TlsProbeResult> endpoints, List<AccountSummary> summaries, int maxConcurrentProbes,
                          List<String> notes) {

    public AuditReport {
        accounts = List.copyOf(accounts);
        webhooks = List.copyOf(webhooks);
        endpoints = List.copyOf(endpoints);
        summaries = List.copyOf(summaries);
        notes = List.copyOf(notes);
    }
}

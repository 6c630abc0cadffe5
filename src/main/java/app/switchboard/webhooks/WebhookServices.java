package app.switchboard.webhooks;

import app.switchboard.AppPaths;
import app.switchboard.twilio.AccountClient;
import app.switchboard.webhooks.tls.ProbeOptions;
import app.switchboard.webhooks.tls.TlsProbe;
import app.switchboard.webhooks.tls.TrustAnchors;
import java.time.Clock;

/**
 * What the webhooks screen and {@code webhooks audit} need, built in one place: an {@link AuditService} over
 * an account's inventory (the account and its subaccounts), the probe threads behind it, and the
 * {@link AttestationStore}. Close it when the account or the app goes away: that stops the probe threads.
 */
public final class WebhookServices implements AutoCloseable {

    private final TlsProbe probe;
    private final WebhookAudit audit;
    private final AuditService audits;
    private final AttestationStore attestations;

    private WebhookServices(TlsProbe probe, WebhookAudit audit, InventorySource source, AttestationStore attestations) {
        this.probe = probe;
        this.audit = audit;
        this.audits = AuditService.of(audit, source);
        this.attestations = attestations;
    }

    /**
     * For a real account: every subaccount included, results cached in the data folder and attestations kept in
     * the config folder of {@code paths}, default timeouts and parallelism.
     *
     * @param anchors usually {@link TrustAnchors#jdkDefault()} (Twilio trusts the Java and Mozilla stores)
     */
    public static WebhookServices forClient(AccountClient client, TrustAnchors anchors, AppPaths paths, Clock clock) {
        return create(new TwilioInventorySource(client, true), anchors, ProbeOptions.defaults(),
                WebhookAudit.DEFAULT_PARALLELISM, ProbeCache.forUser(paths), AttestationStore.forUser(paths), clock);
    }

    /**
     * For the demo workspace on the sandbox: trusts only the sandbox's demo CA, so its valid target passes and
     * nothing else does; results stay in memory (the sandbox's ports change every run).
     *
     * @param demoCaPem {@code EmbeddedDemo.caCertificatePem()}
     */
    public static WebhookServices forDemo(AccountClient client, String demoCaPem, AppPaths paths, Clock clock) {
        return create(new TwilioInventorySource(client, true), TrustAnchors.only(TrustAnchors.parsePem(demoCaPem, "the demo CA")),
                ProbeOptions.defaults(), WebhookAudit.DEFAULT_PARALLELISM, ProbeCache.inMemory(),
                AttestationStore.forUser(paths), clock);
    }

    /** Everything chosen by the caller (the CLI's --parallelism, --timeout, --trust). */
    public static WebhookServices create(InventorySource source, TrustAnchors anchors, ProbeOptions options, int parallelism,
                                         ProbeCache cache, AttestationStore attestations, Clock clock) {
        TlsProbe probe = new TlsProbe(anchors, options, clock);
        return new WebhookServices(probe, new WebhookAudit(probe, parallelism, cache, attestations, clock), source, attestations);
    }

    public AuditService audits() {
        return audits;
    }

    public AttestationStore attestations() {
        return attestations;
    }

    @Override
    public void close() {
        audit.close();
        probe.close();
    }
}

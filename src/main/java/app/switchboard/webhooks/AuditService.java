package app.switchboard.webhooks;

/**
 * What the webhooks screen needs from the audit: the last results at once, and a fresh run.
 * {@link #of} binds a {@link WebhookAudit} to an {@link InventorySource}.
 */
public interface AuditService {

    /** The inventory with the cached TLS results (no probing). */
    AuditReport cached() throws Exception;

    /** Reads the inventory and probes every endpoint again. */
    AuditReport run(WebhookAudit.Progress progress) throws Exception;

    static AuditService of(WebhookAudit audit, InventorySource source) {
        return new AuditService() {
            @Override
            public AuditReport cached() throws Exception {
                return audit.fromCache(source);
            }

            @Override
            public AuditReport run(WebhookAudit.Progress progress) throws Exception {
                return audit.audit(source, progress);
            }
        };
    }
}

package app.switchboard.webhooks;

import app.switchboard.webhooks.tls.TlsProbe;
import app.switchboard.webhooks.tls.TlsProbeResult;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Audits an inventory: parses every URL, probes each distinct host:port once with at most
 * {@code parallelism} probes at a time (each bounded by the probe's own timeouts), caches the results
 * with their time and summarises per account. Owns its probe threads; close it to stop them.
 */
public final class WebhookAudit implements AutoCloseable {

    public static final int DEFAULT_PARALLELISM = 8;

    /** Called from probe threads after each probe; implementations must be thread-safe. */
    @FunctionalInterface
    public interface Progress {
        void probed(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    /** A probe target: where, and whether to speak TLS there. */
    public record Target(HostPort hostPort, boolean tls) {
    }

    private final TlsProbe probe;
    private final int parallelism;
    private final ProbeCache cache;
    private final AttestationStore attestations;
    private final Clock clock;
    private final ExecutorService pool;

    /**
     * @param attestations may be null; summaries then show every account as "unknown"
     */
    public WebhookAudit(TlsProbe probe, int parallelism, ProbeCache cache, AttestationStore attestations, Clock clock) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("Parallelism must be at least 1");
        }
        this.probe = probe;
        this.parallelism = parallelism;
        this.cache = cache;
        this.attestations = attestations;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "webhook-probe-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public int parallelism() {
        return parallelism;
    }

    /** Reads every account's inventory from {@code source}, then probes. An account that fails to load is reported, not fatal. */
    public AuditReport audit(InventorySource source, Progress progress) throws Exception {
        Inventory inventory = Inventory.read(source);
        return audit(inventory.accounts(), inventory.webhooks(), inventory.errors(), inventory.notes(), progress);
    }

    /** Shows the last results without probing; endpoints never probed appear without a TLS verdict. */
    public AuditReport fromCache(InventorySource source) throws Exception {
        Inventory inventory = Inventory.read(source);
        Map<Target, TlsProbeResult> results = new LinkedHashMap<>();
        for (Target t : targets(inventory.webhooks())) {
            cache.get(t.hostPort(), t.tls()).ifPresent(r -> results.put(t, r));
        }
        return report(inventory.accounts(), inventory.webhooks(), inventory.errors(), inventory.notes(), results, 0);
    }

    public AuditReport audit(List<InventorySource.Account> accounts, List<ConfiguredWebhook> webhooks,
                             Map<String, String> accountErrors, List<String> notes, Progress progress)
            throws InterruptedException {
        Set<Target> targets = targets(webhooks);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Map<Target, Future<TlsProbeResult>> futures = new LinkedHashMap<>();
        for (Target target : targets) {
            futures.put(target, pool.submit(() -> {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                try {
                    return probe.probe(target.hostPort(), target.tls());
                } finally {
                    running.decrementAndGet();
                    progress.probed(done.incrementAndGet(), targets.size());
                }
            }));
        }
        Map<Target, TlsProbeResult> results = new LinkedHashMap<>();
        for (Map.Entry<Target, Future<TlsProbeResult>> e : futures.entrySet()) {
            try {
                TlsProbeResult result = e.getValue().get();
                results.put(e.getKey(), result);
                cache.put(result);
            } catch (ExecutionException ex) {
                // TlsProbe never throws; this would be a bug, and one endpoint must not sink the audit.
                results.remove(e.getKey());
            }
        }
        try {
            cache.save();
        } catch (IOException ex) {
            // The results are still shown; only the copy on disk is stale.
        }
        return report(accounts, webhooks, accountErrors, notes, results, maxRunning.get());
    }

    /** The distinct endpoints of an inventory, in inventory order. */
    public static Set<Target> targets(List<ConfiguredWebhook> webhooks) {
        Set<Target> targets = new LinkedHashSet<>();
        for (ConfiguredWebhook w : webhooks) {
            WebhookUrl url = w.parsedUrl();
            url.target().ifPresent(hp -> targets.add(new Target(hp, url.isHttps())));
        }
        return targets;
    }

    private AuditReport report(List<InventorySource.Account> accounts, List<ConfiguredWebhook> webhooks,
                               Map<String, String> accountErrors, List<String> notes, Map<Target, TlsProbeResult> results,
                               int maxRunning) {
        List<AuditedWebhook> audited = new ArrayList<>();
        for (ConfiguredWebhook w : webhooks) {
            WebhookUrl url = w.parsedUrl();
            TlsProbeResult tls = url.target().map(hp -> results.get(new Target(hp, url.isHttps()))).orElse(null);
            audited.add(new AuditedWebhook(w, url, tls));
        }
        List<AccountSummary> summaries = AccountSummaries.of(accounts, audited, accountErrors,
                sid -> attestations == null ? Attestation.UNKNOWN : attestations.get(sid), clock.instant());
        return new AuditReport(clock.instant(), accounts, audited, new ArrayList<>(results.values()), summaries, maxRunning,
                notes);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** Every account's webhooks, read once; a failing account keeps its error and an empty list. */
    private record Inventory(List<InventorySource.Account> accounts, List<ConfiguredWebhook> webhooks,
                             Map<String, String> errors, List<String> notes) {

        static Inventory read(InventorySource source) throws Exception {
            List<InventorySource.Account> accounts = source.accounts();
            List<ConfiguredWebhook> webhooks = new ArrayList<>();
            Map<String, String> errors = new LinkedHashMap<>();
            for (InventorySource.Account account : accounts) {
                try {
                    webhooks.addAll(source.webhooks(account.sid()));
                } catch (Exception e) {
                    errors.put(account.sid(), e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
            }
            return new Inventory(accounts, webhooks, errors, source.notes(accounts));
        }
    }
}

package app.switchboard.webhooks.bench;

import app.switchboard.webhooks.AuditReport;
import app.switchboard.webhooks.ConfiguredWebhook;
import app.switchboard.webhooks.HostPort;
import app.switchboard.webhooks.InventorySource;
import app.switchboard.webhooks.ProbeCache;
import app.switchboard.webhooks.ResourceType;
import app.switchboard.webhooks.WebhookAudit;
import app.switchboard.webhooks.tls.ProbeOptions;
import app.switchboard.webhooks.tls.TlsProbe;
import app.switchboard.webhooks.tls.TrustAnchors;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard bench webhooks}: audits URLs spread over local TLS hosts (fast, slow, silent and
 * closed ports on 127.0.0.1) and compares the wall time with the bound that parallelism and timeouts allow.
 *
 * <p>The bound is what parallelism and timeouts guarantee: every probe ends within T, and P run at once, so
 * {@code bound = ceil(hosts / P) * T}. A tighter estimate is printed too, Graham's bound for greedy scheduling
 * of independent jobs on P workers, {@code estimate = sum(cost_i) / P + max(cost_i)}, with each host's cost
 * T when silent, delay + t_tls when slow, t_tls when fast and t_refused when closed; t_tls and t_refused are
 * medians measured sequentially in the same run (the baseline). It assumes handshakes scale with P, which
 * they do not on a machine with fewer cores than P, so it is reported, not enforced.
 */
@Command(name = "webhooks", mixinStandardHelpOptions = true,
        description = "Audit webhook URLs over local TLS hosts; wall time vs the parallelism/timeout bound.")
public class WebhooksBench implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--hosts", defaultValue = "200", description = "Distinct host:port endpoints (default ${DEFAULT-VALUE}).")
    int hosts;

    @Option(names = "--urls", defaultValue = "500", description = "Webhook URLs spread over the hosts (default ${DEFAULT-VALUE}).")
    int urls;

    @Option(names = "--parallelism", defaultValue = "8", description = "Concurrent probes P (default ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--timeout-ms", defaultValue = "1000", description = "Probe timeout T: connect, handshake and total (default ${DEFAULT-VALUE}).")
    long timeoutMs;

    @Option(names = "--slow", defaultValue = "40", description = "Hosts that wait before answering TLS (default ${DEFAULT-VALUE}).")
    int slow;

    @Option(names = "--slow-delay-ms", defaultValue = "250", description = "How long slow hosts wait (default ${DEFAULT-VALUE}).")
    long slowDelayMs;

    @Option(names = "--silent", defaultValue = "20", description = "Hosts that accept TCP and never answer (default ${DEFAULT-VALUE}).")
    int silent;

    @Option(names = "--dead", defaultValue = "20", description = "Closed ports (default ${DEFAULT-VALUE}).")
    int dead;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int fast = hosts - slow - silent - dead;
        if (fast < 1 || urls < hosts || parallelism < 1 || timeoutMs < 1 || slowDelayMs >= timeoutMs) {
            spec.commandLine().getErr().println("Need at least one fast host, urls >= hosts, P >= 1 and slow delay < timeout");
            return 2;
        }
        LocalCa ca = LocalCa.create("Switchboard Bench CA");
        javax.net.ssl.SSLContext certificate = ca.issueForLoopback(90).serverContext();
        Duration timeout = Duration.ofMillis(timeoutMs);
        List<LocalTlsServer> servers = new ArrayList<>();
        try (TlsProbe probe = new TlsProbe(TrustAnchors.jdkPlus(List.of(ca.certificate())), ProbeOptions.uniform(timeout), Clock.systemUTC())) {
            List<Integer> fastPorts = new ArrayList<>();
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < fast; i++) {
                servers.add(LocalTlsServer.tls(certificate, Duration.ZERO));
                fastPorts.add(servers.get(servers.size() - 1).port());
            }
            for (int i = 0; i < slow; i++) {
                servers.add(LocalTlsServer.tls(certificate, Duration.ofMillis(slowDelayMs)));
            }
            for (int i = 0; i < silent; i++) {
                servers.add(LocalTlsServer.silent());
            }
            servers.forEach(s -> ports.add(s.port()));
            List<Integer> deadPorts = closedPorts(dead);
            ports.addAll(deadPorts);

            // Baseline, sequential: a fast handshake and a refused connect (after JIT warm-up on the same hosts).
            double tlsMs = medianMillis(probe, fastPorts.subList(0, Math.min(fastPorts.size(), 15)), 5);
            double refusedMs = medianMillis(probe, deadPorts.isEmpty() ? List.of() : deadPorts.subList(0, Math.min(deadPorts.size(), 5)), 0);

            List<ConfiguredWebhook> inventory = inventory(ports);
            double sum = fast * tlsMs + slow * (slowDelayMs + tlsMs) + silent * (double) timeoutMs + dead * refusedMs;
            double max = silent > 0 ? timeoutMs : slow > 0 ? slowDelayMs + tlsMs : Math.max(tlsMs, refusedMs);
            double estimateS = (sum / parallelism + max) / 1000.0;
            int distinct = fast + slow + silent + dead;
            double boundS = Math.ceil(distinct / (double) parallelism) * timeoutMs / 1000.0;

            AuditReport report;
            long t0 = System.nanoTime();
            try (WebhookAudit audit = new WebhookAudit(probe, parallelism, ProbeCache.inMemory(), null, Clock.systemUTC())) {
                report = audit.audit(List.of(new InventorySource.Account("ACbench", "Bench", null)), inventory, Map.of(),
                        List.of(), WebhookAudit.Progress.NONE);
            }
            double wallS = (System.nanoTime() - t0) / 1e9;

            Map<String, Integer> byStatus = new TreeMap<>();
            report.endpoints().forEach(r -> byStatus.merge(r.status().label(), 1, Integer::sum));
            out.printf("hosts: %d fast, %d slow (+%d ms), %d silent, %d closed; %d URLs; P=%d, T=%d ms%n",
                    fast, slow, slowDelayMs, silent, dead, inventory.size(), parallelism, timeoutMs);
            out.printf("baseline (sequential medians): TLS handshake %.1f ms, refused connect %.1f ms%n", tlsMs, refusedMs);
            out.printf("bound = ceil(hosts/P) * T = ceil(%d/%d) * %d ms = %.2f s%n", distinct, parallelism, timeoutMs, boundS);
            out.printf("estimate = sum(cost)/P + max(cost) = %.0f ms / %d + %.0f ms = %.2f s (wall/estimate %.2f)%n",
                    sum, parallelism, max, estimateS, wallS / estimateS);
            out.printf("outcomes: %s%n", byStatus);
            out.printf("RESULT hosts=%d urls=%d wall_s=%.2f bound_s=%.2f ratio=%.2f max_parallel=%d%n", report.endpoints().size(),
                    inventory.size(), wallS, boundS, wallS / boundS, report.maxConcurrentProbes());
            return 0;
        } finally {
            servers.forEach(LocalTlsServer::close);
        }
    }

    /** URLs cycle over the hosts with varied paths, fields, credentials and override fragments. */
    private List<ConfiguredWebhook> inventory(List<Integer> ports) {
        String[] fields = {"voice_url", "voice_fallback_url", "sms_url", "sms_fallback_url", "status_callback"};
        List<ConfiguredWebhook> rows = new ArrayList<>();
        for (int i = 0; i < urls; i++) {
            int port = ports.get(i % ports.size());
            String auth = i % 7 == 0 ? "hook:pw@" : "";
            String fragment = i % 5 == 0 ? "#ct=1000&rt=3000" : "";
            rows.add(new ConfiguredWebhook("ACbench", "Bench", ResourceType.NUMBER, "PN" + i, "+1555" + i,
                    fields[i % fields.length], "https://" + auth + "127.0.0.1:" + port + "/hook/" + i + fragment, "POST", null));
        }
        return rows;
    }

    private static double medianMillis(TlsProbe probe, List<Integer> ports, int warmup) {
        if (ports.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < warmup; i++) {
            probe.probe(new HostPort("127.0.0.1", ports.get(i % ports.size())), true);
        }
        double[] ms = new double[ports.size()];
        for (int i = 0; i < ports.size(); i++) {
            long t0 = System.nanoTime();
            probe.probe(new HostPort("127.0.0.1", ports.get(i)), true);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static List<Integer> closedPorts(int n) throws IOException {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                ports.add(s.getLocalPort());
            }
        }
        return ports;
    }
}

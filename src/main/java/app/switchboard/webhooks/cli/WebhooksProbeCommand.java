package app.switchboard.webhooks.cli;

import app.switchboard.webhooks.Finding;
import app.switchboard.webhooks.JsonFiles;
import app.switchboard.webhooks.Severity;
import app.switchboard.webhooks.WebhookUrl;
import app.switchboard.webhooks.tls.CertificateInfo;
import app.switchboard.webhooks.tls.ProbeOptions;
import app.switchboard.webhooks.tls.TlsProbe;
import app.switchboard.webhooks.tls.TlsProbeResult;
import app.switchboard.webhooks.tls.TrustAnchors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard webhooks probe URL}: analyses one webhook URL and probes its TLS endpoint.
 * Exit 0 when nothing high or critical was found, 1 when something was, 2 for bad usage.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Check one webhook URL: scheme, credentials, override fragment, TLS protocol, cipher and certificate chain.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no high or critical finding", "1:high or critical findings (invalid certificate, unreachable, http, ...)",
                "2:bad usage (unparseable URL, unreadable PEM file)"})
public class WebhooksProbeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "URL", description = "The webhook URL (credentials in it are masked in all output).")
    String url;

    @Option(names = "--trust", paramLabel = "PEM", description = "Also trust the CA certificate(s) in this PEM file (repeatable).")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--trust-only", description = "Trust only the --trust certificates, not the JDK's CA store.")
    boolean trustOnly;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "10",
            description = "Seconds allowed for connect, handshake and the whole probe (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WebhookUrl parsed = WebhookUrl.parse(url);
        if (parsed.target().isEmpty()) {
            err.println("Cannot probe " + parsed.masked() + ": " + parsed.findings().get(parsed.findings().size() - 1).message());
            return 2;
        }
        if (!(timeoutSeconds > 0 && timeoutSeconds <= 600)) {
            err.println("--timeout must be between 0 and 600 seconds");
            return 2;
        }
        TrustAnchors anchors;
        try {
            List<X509Certificate> extra = new ArrayList<>();
            for (Path pem : trust) {
                extra.addAll(TrustAnchors.readPem(pem));
            }
            if (trustOnly && extra.isEmpty()) {
                err.println("--trust-only needs at least one --trust PEM file");
                return 2;
            }
            anchors = trustOnly ? TrustAnchors.only(extra) : TrustAnchors.jdkPlus(extra);
        } catch (IOException e) {
            err.println("Cannot read the trust file: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        TlsProbeResult result;
        Duration timeout = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
        try (TlsProbe probe = new TlsProbe(anchors, ProbeOptions.uniform(timeout), Clock.systemUTC())) {
            result = probe.probe(parsed.target().get(), parsed.isHttps());
        }
        List<Finding> findings = new ArrayList<>(parsed.findings());
        findings.addAll(result.findings());
        findings.sort(java.util.Comparator.comparing(Finding::severity));
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("url", parsed.masked());
            doc.put("overrides", parsed.overrides().values());
            doc.put("result", result);
            doc.put("daysUntilExpiry", result.daysUntilExpiry(result.probedAt()).orElse(null));
            doc.put("findings", findings);
            out.println(JsonFiles.GSON.toJson(doc));
        } else {
            printText(out, parsed, result, findings);
        }
        boolean serious = findings.stream().anyMatch(f -> f.severity().compareTo(Severity.HIGH) <= 0);
        return serious ? 1 : 0;
    }

    private static void printText(PrintWriter out, WebhookUrl url, TlsProbeResult r, List<Finding> findings) {
        out.printf("URL        %s%n", url.masked());
        if (!url.overrides().values().isEmpty()) {
            out.printf("Overrides  %s%n", url.overrides());
        }
        out.printf("Endpoint   %s (%s), %d ms%n", r.target(), r.tls() ? "https" : "http", r.durationMillis());
        out.printf("Status     %s%s%n", r.status().label(), r.certificateFailing() ? ": " + r.chainStatus().label() : "");
        if (r.protocol() != null) {
            out.printf("Protocol   %s  %s%n", r.protocol(), r.cipherSuite());
        }
        for (int i = 0; i < r.chain().size(); i++) {
            CertificateInfo c = r.chain().get(i);
            out.printf("%s %d. %s (%s %d) until %s, issued by %s%n", i == 0 ? "Chain     " : "          ", i + 1,
                    c.subject(), c.keyType(), c.keyBits(), c.notAfter(), c.issuer());
        }
        r.daysUntilExpiry(r.probedAt()).ifPresent(d -> out.printf("Expires    in %d days%n", d));
        if (r.detail() != null) {
            out.printf("Detail     %s%n", r.detail());
        }
        if (findings.isEmpty()) {
            out.println("Findings   none");
        }
        for (Finding f : findings) {
            out.printf("%-9s  %s%n           fix: %s%n", f.severity().name(), f.message(), f.fixHint());
        }
    }
}

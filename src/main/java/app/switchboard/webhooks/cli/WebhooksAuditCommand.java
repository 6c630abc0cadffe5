package app.switchboard.webhooks.cli;

import app.switchboard.cli.CliEnvironment;
import app.switchboard.cli.CommonOptions;
import app.switchboard.cli.UsageException;
import app.switchboard.twilio.AccountClient;
import app.switchboard.webhooks.AttestationStore;
import app.switchboard.webhooks.AuditReport;
import app.switchboard.webhooks.AuditReportPrinter;
import app.switchboard.webhooks.ProbeCache;
import app.switchboard.webhooks.TwilioInventorySource;
import app.switchboard.webhooks.WebhookAudit;
import app.switchboard.webhooks.WebhookServices;
import app.switchboard.webhooks.tls.ProbeOptions;
import app.switchboard.webhooks.tls.TrustAnchors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard webhooks audit}: every webhook of the account (and with {@code --all-accounts} its
 * subaccounts), each distinct endpoint probed once. Exit 0 when no effective webhook has a high or critical
 * finding, 1 when one has (or Twilio could not be reached), 2 for bad usage.
 */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audit every webhook URL of the account: http vs https, certificate chain, expiry, host name, "
                + "protocol, credentials in URLs, connection overrides.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no effective webhook with a high or critical finding",
            "1:high or critical findings, or a Twilio/network error", "2:bad usage (options, unreadable PEM file)"})
public class WebhooksAuditCommand implements Callable<Integer> {

    private final CliEnvironment env;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--all-accounts", description = "Include every subaccount that is not closed.")
    boolean allAccounts;

    @Option(names = "--trust", paramLabel = "PEM",
            description = "Also trust the CA certificate(s) in this PEM file (repeatable). With --demo only the demo CA "
                    + "and these are trusted.")
    List<Path> trust = new ArrayList<>();

    @Option(names = "--parallelism", paramLabel = "N", defaultValue = "" + WebhookAudit.DEFAULT_PARALLELISM,
            description = "Endpoints probed at once, 1..64 (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(names = "--timeout", paramLabel = "S", defaultValue = "10",
            description = "Seconds allowed per endpoint for connect, handshake and the whole probe (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds;

    public WebhooksAuditCommand(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public Integer call() throws Exception {
        if (parallelism < 1 || parallelism > 64) {
            throw new UsageException("--parallelism must be between 1 and 64");
        }
        if (!(timeoutSeconds > 0 && timeoutSeconds <= 600)) {
            throw new UsageException("--timeout must be between 0 and 600 seconds");
        }
        List<X509Certificate> extra = readTrust();
        AccountClient client = common.connect(env);
        Optional<String> demoCa = common.demoCaCertificatePem(env);
        TrustAnchors anchors = demoCa.map(pem -> {
            List<X509Certificate> onlyThese = new ArrayList<>(TrustAnchors.parsePem(pem, "the demo CA"));
            onlyThese.addAll(extra);
            return TrustAnchors.only(onlyThese);
        }).orElseGet(() -> TrustAnchors.jdkPlus(extra));
        ProbeOptions options = ProbeOptions.uniform(Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000))));
        AuditReport report;
        try (WebhookServices services = WebhookServices.create(new TwilioInventorySource(client, allAccounts), anchors,
                options, parallelism, ProbeCache.inMemory(), AttestationStore.forUser(env.paths()), env.clock())) {
            report = services.audits().run(WebhookAudit.Progress.NONE);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(AuditReportPrinter.toJson(report));
        } else {
            AuditReportPrinter.printText(report, out);
        }
        out.flush();
        return AuditReportPrinter.exitCode(report);
    }

    private List<X509Certificate> readTrust() {
        List<X509Certificate> certs = new ArrayList<>();
        for (Path pem : trust) {
            try {
                certs.addAll(TrustAnchors.readPem(pem));
            } catch (IOException e) {
                throw new UsageException("Cannot read the trust file " + pem + ": " + e.getMessage());
            }
        }
        return certs;
    }
}

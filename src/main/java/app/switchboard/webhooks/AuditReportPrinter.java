package app.switchboard.webhooks;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints an {@link AuditReport} for the command line ({@code webhooks audit}): the account matrix, then
 * every webhook with a finding of at least medium severity and its fix hint. URLs are masked.
 */
public final class AuditReportPrinter {

    private AuditReportPrinter() {
    }

    public static void printText(AuditReport report, PrintWriter out) {
        out.printf("%-28s %8s %5s %6s %8s %9s %8s  %-22s %s%n", "ACCOUNT", "WEBHOOKS", "HTTP", "CREDS", "BAD-CERT",
                "EXPIRING", "UNREACH", "SSL-VALIDATION", "WORST");
        for (AccountSummary a : report.summaries()) {
            Attestation att = a.attestation();
            String attested = att.state().label().toLowerCase(Locale.ROOT) + (att.date() == null ? "" : " " + att.date());
            String name = (a.subaccount() ? "  " : "") + a.accountName();
            out.printf("%-28s %8d %5d %6d %8d %9d %8d  %-22s %s%n", name.length() > 28 ? name.substring(0, 27) + "…" : name,
                    a.webhooks(), a.httpWebhooks(), a.credentialsInUrl(), a.failingCertificates(), a.expiringSoon(),
                    a.unreachable(), attested, a.error() != null ? "not loaded: " + a.error()
                            : a.worst() == null ? "ok" : a.worst().label());
        }
        for (String note : report.notes()) {
            out.println("note: " + note);
        }
        out.println();
        for (AuditedWebhook w : report.webhooks()) {
            for (Finding f : w.findings()) {
                if (f.severity().compareTo(Severity.MEDIUM) <= 0) {
                    ConfiguredWebhook c = w.webhook();
                    out.printf("%-8s %s · %s %s · %s%s%n         %s%n         fix: %s%n", f.severity().label(), c.accountName(),
                            c.resourceType().label(), c.resourceName(), c.field(),
                            c.effective() ? "" : " (overridden by " + c.overriddenBy() + ")", w.url().masked() + ": " + f.message(),
                            f.fixHint());
                }
            }
        }
    }

    /** The whole report as JSON; it holds no secret, since webhook URLs are masked on construction. */
    public static String toJson(AuditReport report) {
        return JsonFiles.GSON.toJson(report);
    }

    /** 1 when an effective webhook has a high or critical finding, else 0: the CLI's exit code. */
    public static int exitCode(AuditReport report) {
        return report.webhooks().stream().filter(w -> w.webhook().effective())
                .anyMatch(w -> w.worst().map(s -> s.compareTo(Severity.HIGH) <= 0).orElse(false)) ? 1 : 0;
    }
}

package app.switchboard.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuditReportPrinterTest {

    private final AuditReport report = WebhooksDemo.report(Clock.fixed(Instant.parse("2026-11-28T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void printsTheMatrixAndFindingsWithoutSecrets() {
        StringWriter text = new StringWriter();
        AuditReportPrinter.printText(report, new PrintWriter(text));
        String out = text.toString();
        assertTrue(out.contains("Acme Production"));
        assertTrue(out.contains("on 2026-11-02"));
        assertTrue(out.contains("https://***:***@crm.acme.com/inbound-sms"));
        assertFalse(out.contains("Winter2026"));
        assertEquals(1, AuditReportPrinter.exitCode(report));
    }

    @Test
    void printsWhatTheAuditCouldNotSee() {
        AuditReport noted = new AuditReport(report.finishedAt(), report.accounts(), report.webhooks(), report.endpoints(),
                report.summaries(), report.maxConcurrentProbes(), java.util.List.of("Event Streams sinks are listed for Acme only"));
        StringWriter text = new StringWriter();
        AuditReportPrinter.printText(noted, new PrintWriter(text));
        assertTrue(text.toString().contains("note: Event Streams sinks are listed for Acme only"), text.toString());
        assertTrue(AuditReportPrinter.toJson(noted).contains("\"notes\": [\n    \"Event Streams sinks are listed for Acme only\""));
    }

    @Test
    void jsonHoldsNoSecret() {
        String json = AuditReportPrinter.toJson(report);
        assertFalse(json.contains("Winter2026"), "the demo's basic-auth password is masked at construction");
        assertTrue(json.contains("\"chainStatus\": \"SELF_SIGNED\""));
    }
}

package app.switchboard.ui.debugger;

import app.switchboard.debugger.Alert;
import app.switchboard.debugger.AlertDetail;
import app.switchboard.debugger.AuditEvent;
import app.switchboard.debugger.DebuggerAccount;
import app.switchboard.debugger.ErrorCatalog;
import app.switchboard.debugger.Fixtures;
import app.switchboard.debugger.MutableClock;
import app.switchboard.debugger.SimulatedMonitor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A realistic Debugger workspace (fixture-shaped alerts, several codes and accounts) for view-model tests and snapshots. */
final class DebuggerDemoData {

    static final Instant NOW = Instant.parse("2026-11-28T09:30:00Z");
    static final DebuggerAccount MAIN = new DebuggerAccount("AC58f1e8f2b1c6b88ca90a012a4be0c279", "Acme Production", true);
    static final DebuggerAccount SUPPORT = new DebuggerAccount("AC0a1b2c3d4e5f60718293a4b5c6d7e8f9", "Support line", false);
    static final DebuggerAccount MARKETING = new DebuggerAccount("AC99887766554433221100ffeeddccbbaa", "Marketing SMS", false);

    final MutableClock clock = new MutableClock(NOW);
    final SimulatedMonitor monitor = new SimulatedMonitor(clock, Duration.ZERO);
    final List<AuditEvent> events = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final List<String> requestLogJumps = new ArrayList<>();

    DebuggerDemoData() {
        monitor.addDetail(recentCopyOfTheRealAlert());
        String[][] kinds = {
            {"11200", "error", "Msg&sourceComponent=12000&ErrorCode=11200&httpResponse=502&url=https%3A%2F%2Fivr.acme.example%2Fvoice%2Fincoming&LogLevel=ERROR", "https://ivr.acme.example/voice/incoming", "CA"},
            {"11205", "error", "Msg=Connection+timed+out&sourceComponent=12000&ErrorCode=11205&url=https%3A%2F%2Fhooks.acme.example%2Fstatus&LogLevel=ERROR", "https://hooks.acme.example/status", "CA"},
            {"30007", "warning", "sourceComponent=14100&ErrorCode=30007&LogLevel=WARNING&Msg=Message+filtered+by+carrier&EmailNotification=false", "", "SM"},
            {"11236", "error", "Msg=Certificate+expired&ErrorCode=11236&url=https%3A%2F%2Fold.acme.example%2Fsms&LogLevel=ERROR", "https://old.acme.example/sms", "SM"},
            {"12200", "warning", "Msg=Invalid+attribute+voice+on+Say&ErrorCode=12200&LogLevel=WARNING", "https://ivr.acme.example/voice/menu", "CA"},
            {"21610", "error", "Msg=Attempt+to+send+to+unsubscribed+recipient&ErrorCode=21610&LogLevel=ERROR", "", "SM"},
            {"13227", "error", "Msg=No+international+authorization&ErrorCode=13227&LogLevel=ERROR", "", "CA"},
            {"12300", "error", "Msg=Invalid+Content-Type%3A+application%2Fjson&ErrorCode=12300&LogLevel=ERROR", "https://api.acme.example/voice/lookup", "CA"},
        };
        DebuggerAccount[] owners = {MAIN, SUPPORT, MARKETING};
        int[] weight = {9, 5, 7, 2, 3, 1, 2, 1}; // how common each kind is, per day
        Random random = new Random(7);
        for (int day = 0; day < 7; day++) {
            for (int k = 0; k < kinds.length; k++) {
                int count = random.nextInt(2 * weight[k] + 1);
                for (int c = 0; c < count; c++) {
                    Instant at = NOW.minus(Duration.ofDays(day)).minusSeconds(120 + random.nextInt(80_000));
                    String sid = "NO" + hex(random);
                    DebuggerAccount owner = owners[random.nextInt(k < 3 ? 3 : 2)];
                    String[] kind = kinds[k];
                    String resource = kind[4] + hex(random);
                    Alert a = new Alert(sid, owner.sid(), kind[0], kind[1], kind[2], at.plusSeconds(2), at, at.plusSeconds(4),
                            resource, null, kind[3].isEmpty() ? null : "POST", kind[3].isEmpty() ? null : kind[3],
                            ErrorCatalog.docsUrl(kind[0]), "2010-04-01");
                    monitor.addDetail(new AlertDetail(a,
                            "CallSid=" + resource + "&AccountSid=" + owner.sid() + "&From=%2B14155550100&To=%2B14155550199&CallStatus=ringing&Direction=inbound&ApiVersion=2010-04-01",
                            null,
                            "Content-Type=application%2Fjson&Server=nginx&Date=Sat%2C+28+Nov+2026+09%3A00%3A00+GMT",
                            "{\"error\":\"upstream timeout\",\"request_id\":\"b7f1\",\"retry\":false}"));
                }
            }
        }
        events.add(new AuditEvent("AE01", MAIN.sid(), NOW.minusSeconds(3600), "api-key.created", "US6f3b0e5b2a4c4d8e9f00112233445566",
                "user", "web", "203.0.113.24", "SK2b4d6f8a0c1e3f5a7b9c1d3e5f7a9b1c", "api-key", "API key \"ci-deploy\" created"));
        events.add(new AuditEvent("AE02", MAIN.sid(), NOW.minusSeconds(7200), "phone-number.updated", MAIN.sid(),
                "account", "api", "198.51.100.7", "PN1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f", "phone-number", "Voice URL changed"));
        events.add(new AuditEvent("AE03", SUPPORT.sid(), NOW.minusSeconds(86400), "account.updated", "US6f3b0e5b2a4c4d8e9f00112233445566",
                "user", "web", "203.0.113.24", SUPPORT.sid(), "account", "Friendly name changed"));
        events.add(new AuditEvent("AE04", MAIN.sid(), NOW.minusSeconds(90000), "api-key.deleted", null,
                "twilio-admin", "twilio", null, "SK0f0e0d0c0b0a09080706050403020100", "api-key", "API key deleted by Twilio support"));
    }

    private static String hex(Random random) {
        return String.format("%016x%016x", random.nextLong(), random.nextLong());
    }

    /** The real fetched body from the fixtures, moved into the last 30 days so Monitor would still list it. */
    static AlertDetail recentCopyOfTheRealAlert() {
        AlertDetail real = Fixtures.fetchedAlert();
        Alert a = real.alert();
        Instant at = NOW.minusSeconds(95);
        Alert recent = new Alert(a.sid(), a.accountSid(), a.errorCode(), a.logLevel(), a.alertText(), at.plusSeconds(2), at,
                at.plusSeconds(4), a.resourceSid(), a.serviceSid(), a.requestMethod(), a.requestUrl(), a.moreInfo(), a.apiVersion());
        return new AlertDetail(recent, real.requestVariables(), real.requestHeaders(), real.responseHeaders(), real.responseBody());
    }

    DebuggerServices services(String region) {
        return new DebuggerServices(monitor, q -> events.stream()
                .filter(e -> q.accountSid() == null || q.accountSid().equals(e.accountSid())).toList(),
                () -> List.of(MAIN, SUPPORT, MARKETING), ErrorCatalog.bundled(), region, clock, ZoneOffset.UTC);
    }

    DebuggerViewModel viewModel(app.switchboard.ui.common.TaskRunner tasks) {
        return new DebuggerViewModel(tasks, services("us1"), opened::add, requestLogJumps::add);
    }
}

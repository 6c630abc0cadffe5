package app.switchboard.debugger.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.cli.CliEnvironment;
import app.switchboard.cli.CliRun;
import app.switchboard.cli.DemoEnvironment;
import app.switchboard.cli.SwitchboardCommand;
import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.GeneratedAlert;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code alerts} and {@code events} in-process against the sandbox (which generates 4 alerts a second). */
class DebuggerCliTest {

    private static Sandbox sandbox;
    private static DemoAccount demo;
    private final List<TwilioClient> clients = new ArrayList<>();
    private String out;
    private String err;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.forTests().withAlertsPerMinute(240));
        demo = sandbox.demoAccount();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(TwilioClient::close);
    }

    private int run(String... args) {
        Map<String, String> vars = Map.of("TWILIO_ACCOUNT_SID", demo.accountSid(), "TWILIO_API_KEY", demo.apiKeySid(),
                "TWILIO_API_SECRET", demo.apiKeySecret());
        DemoEnvironment demoEnv = () -> new DemoEnvironment.Connection(
                Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
        CliEnvironment env = new CliEnvironment(vars, Clock.systemUTC(), () -> {
            TwilioClient c = TwilioClient.create();
            clients.add(c);
            return c;
        }, demoEnv);
        CliRun r = CliRun.of(SwitchboardCommand.commandLine(() -> { }, env), args);
        out = r.out();
        err = r.err();
        int code = r.exit();
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
        assertFalse((out + err).contains(demo.apiKeySecret()) || (out + err).contains(demo.authToken()), "no secret");
        return code;
    }

    private String[] sandboxUrls(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        for (String product : List.of("api", "iam", "monitor", "events", "accounts")) {
            all.addAll(List.of("--base-url", product + "=" + sandbox.baseUrl()));
        }
        return all.toArray(new String[0]);
    }

    private static List<GeneratedAlert> truthOf(String accountSid, Instant before) {
        Instant oldest = Instant.now().minus(Duration.ofDays(30));
        return sandbox.alertsGenerated().stream().filter(a -> a.accountSid().equals(accountSid))
                .filter(a -> a.dateCreated().isBefore(before) && !a.dateCreated().isBefore(oldest)).toList();
    }

    @Test
    void listPrintsEveryAlertOfTheAccountAsJsonNewestFirst() {
        Instant end = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(2);
        assertEquals(0, run("alerts", "list", "--demo", "--json", "--end", end.toString()), err);
        JsonArray alerts = JsonParser.parseString(out).getAsJsonArray();
        assertEquals(truthOf(demo.accountSid(), end).size(), alerts.size());
        Instant previous = Instant.MAX;
        for (JsonElement e : alerts) {
            JsonObject a = e.getAsJsonObject();
            assertEquals(demo.accountSid(), a.get("account_sid").getAsString());
            assertFalse(a.get("title").getAsString().isBlank());
            Instant at = Instant.parse(a.get("date_generated").getAsString());
            assertFalse(at.isAfter(previous), "newest first");
            previous = at;
        }
    }

    @Test
    void allAccountsReadsEachSubaccountWithItsOwnCredentials() {
        assertEquals(0, run("alerts", "list", "--demo", "--json", "--all-accounts", "--level", "error"), err);
        Set<String> accounts = new HashSet<>();
        for (JsonElement e : JsonParser.parseString(out).getAsJsonArray()) {
            accounts.add(e.getAsJsonObject().get("account_sid").getAsString());
            assertEquals("error", e.getAsJsonObject().get("log_level").getAsString());
        }
        assertTrue(accounts.size() > 1, "subaccounts' alerts, not the main account's again: " + accounts);
        Set<String> subs = new HashSet<>(accounts);
        subs.remove(demo.accountSid());
        String sub = subs.iterator().next();
        assertFalse(truthOf(sub, Instant.now()).isEmpty());
    }

    @Test
    void textListFiltersByCodeAndShowsTheCatalogTitle() {
        assertEquals(0, run(sandboxUrls("alerts", "list", "--code", "11200")), err);
        String[] lines = out.split("\n");
        assertTrue(lines[0].startsWith("TIME (UTC)"), out);
        assertTrue(lines.length > 1, out);
        for (int i = 1; i < lines.length; i++) {
            assertTrue(lines[i].contains("11200") && lines[i].contains("HTTP retrieval failure"), lines[i]);
        }
    }

    @Test
    void showFindsAnAlertOfASubaccountAndDecodesItsRequest() {
        GeneratedAlert ofSub = sandbox.alertsGenerated().stream()
                .filter(a -> !a.accountSid().equals(demo.accountSid())).findFirst().orElseThrow();
        assertEquals(0, run("alerts", "show", ofSub.sid(), "--demo", "--json"), err);
        JsonObject detail = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(ofSub.sid(), detail.get("sid").getAsString());
        assertEquals(ofSub.accountSid(), detail.get("account_sid").getAsString());
        assertTrue(detail.get("request_variables").getAsJsonArray().size() > 0);

        assertEquals(0, run("alerts", "show", ofSub.sid(), "--demo"), err);
        assertTrue(out.contains("Request variables") && out.contains("Response body"), out);
    }

    @Test
    void badInputIsRefusedWithExitCode2AndOneSentence() {
        assertEquals(2, run("alerts", "list", "--demo", "--start", "2020-01-01"));
        assertTrue(err.contains("more than 30 days ago") && err.contains("30 days"), err);
        assertEquals(2, run("alerts", "list", "--demo", "--start", "yesterday"));
        assertTrue(err.contains("YYYY-MM-DD"), err);
        assertEquals(2, run("alerts", "list", "--demo", "--level", "fatal"));
        assertTrue(err.contains("error, warning, notice, debug"), err);
        assertEquals(2, run("alerts", "show", "NO123", "--demo"));
        assertTrue(err.contains("not an alert SID"), err);
        assertEquals(2, run("alerts", "tail", "--demo", "--duration", "0"));
    }

    @Test
    void anUnknownAlertIsNotFoundAfterAskingEveryAccount() {
        assertEquals(1, run("alerts", "show", "NO" + "0".repeat(32), "--demo"));
        assertTrue(err.contains("was not found in this account or its subaccounts"), err);
    }

    @Test
    void anIe1AccountGetsOneExplanationAndNoRequest() {
        assertEquals(1, run(sandboxUrls("alerts", "list", "--edge", "dublin", "--region", "ie1")));
        assertTrue(err.contains("only in the US1 region") && err.contains("IE1"), err);
        assertEquals(1, err.strip().split("\n").length, err);
        assertEquals(1, run(sandboxUrls("alerts", "tail", "--edge", "dublin", "--region", "ie1", "--duration", "5")));
        assertTrue(err.contains("only in the US1 region"), err);
    }

    @Test
    void anAccountWithoutDebuggerAccessIsExplainedOnceAndTheTailStops() {
        String[] args = sandboxUrls("alerts", "tail", "--duration", "30");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--base-url", "monitor=" + sandbox.baseUrl() + "/no-monitor-here"));
        long started = System.nanoTime();
        assertEquals(1, run(all.toArray(new String[0])));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 10, "stops at the first answer");
        assertTrue(err.contains("no Debugger access"), err);
    }

    @Test
    void tailPrintsEachNewAlertOnceAsOneJsonObjectPerLine() {
        Instant started = Instant.now();
        assertEquals(0, run("alerts", "tail", "--demo", "--json", "--duration", "3"), err);
        Set<String> sids = new HashSet<>();
        String[] lines = out.strip().split("\n");
        for (String line : lines) {
            JsonObject a = JsonParser.parseString(line).getAsJsonObject();
            assertTrue(sids.add(a.get("sid").getAsString()), "each alert once");
            assertEquals(demo.accountSid(), a.get("account_sid").getAsString());
            assertFalse(Instant.parse(a.get("date_created").getAsString()).isBefore(started.truncatedTo(ChronoUnit.SECONDS)));
        }
        assertTrue(sids.size() >= 3, "about 2.8 main-account alerts a second: " + out);

        assertEquals(0, run("alerts", "tail", "--demo", "--all-accounts", "--level", "error", "--duration", "2"), err);
        for (String line : out.strip().split("\n")) {
            assertTrue(line.isEmpty() || line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d  ERROR  \\d+  .*AC[0-9a-f]{32}"), line);
        }
    }

    @Test
    void eventsListFiltersByType() {
        assertEquals(0, run("events", "list", "--demo", "--json"), err);
        JsonArray events = JsonParser.parseString(out).getAsJsonArray();
        assertFalse(events.isEmpty());
        String type = events.get(0).getAsJsonObject().get("event_type").getAsString();
        assertEquals(0, run("events", "list", "--demo", "--json", "--type", type), err);
        for (JsonElement e : JsonParser.parseString(out).getAsJsonArray()) {
            assertEquals(type, e.getAsJsonObject().get("event_type").getAsString());
        }
        assertEquals(0, run("events", "list", "--demo", "--json", "--all-accounts"), err);
        Set<String> accounts = new HashSet<>();
        JsonParser.parseString(out).getAsJsonArray().forEach(e -> accounts.add(e.getAsJsonObject().get("account_sid").getAsString()));
        assertTrue(accounts.size() > 1, "events of the subaccounts too: " + accounts);
        assertEquals(0, run("events", "list", "--demo"), err);
        assertTrue(out.startsWith("DATE (UTC)"), out);
        assertEquals(2, run("events", "list", "--demo", "--start", "2026-11-20", "--end", "2026-11-10"));
    }
}

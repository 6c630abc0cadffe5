package app.switchboard.webhooks.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.cli.CliEnvironment;
import app.switchboard.cli.DemoEnvironment;
import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code webhooks audit} in-process against the sandbox and its real local TLS targets. */
class WebhooksAuditCommandTest {

    private static Sandbox sandbox;
    private static DemoAccount demo;

    @TempDir
    Path home;

    private final List<TwilioClient> clients = new ArrayList<>();

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        demo = sandbox.demoAccount();
        sandbox.webhookTargetsReady().join();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @AfterEach
    void closeClients() {
        clients.forEach(TwilioClient::close);
    }

    private CliEnvironment env(Map<String, String> vars) {
        Map<String, String> all = new HashMap<>(vars);
        all.put("SWITCHBOARD_HOME", home.toString());
        DemoEnvironment sandboxDemo = () -> new DemoEnvironment.Connection(
                Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()), sandbox::demoCaCertificatePem);
        return new CliEnvironment(all, Clock.systemUTC(), () -> {
            TwilioClient c = TwilioClient.create();
            clients.add(c);
            return c;
        }, sandboxDemo);
    }

    private CliTestSupport.Run audit(String... args) {
        CliTestSupport.Run run = CliTestSupport.webhooks(env(Map.of()), prepend("audit", args));
        assertThat(run.out() + run.err()).doesNotContain("s3cr3t-demo").doesNotContain(demo.apiKeySecret())
                .doesNotContain("\tat ");
        return run;
    }

    @Test
    void findsEverySeededProblemAndPassesTheValidTargetWithTheDemoCa() {
        CliTestSupport.Run run = audit("--demo", "--json", "--timeout", "3");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        Map<String, JsonObject> rows = rowsByName(run.out());

        JsonObject valid = rows.get("Main IVR voice_url");
        assertThat(valid.getAsJsonObject("tls").get("status").getAsString()).isEqualTo("TLS_OK");
        assertThat(valid.getAsJsonObject("tls").get("chainStatus").getAsString()).isEqualTo("VALID");
        assertThat(codes(valid)).isEmpty();

        assertThat(codes(rows.get("Sales line voice_url"))).contains("PLAIN_HTTP");
        assertThat(codes(rows.get("Support voice_url"))).contains("CERT_SELF_SIGNED");
        assertThat(codes(rows.get("Old campaign voice_url"))).contains("CERT_EXPIRED");
        assertThat(codes(rows.get("Partner SMS sms_url"))).contains("CERT_HOSTNAME_MISMATCH");
        assertThat(codes(rows.get("After hours voice_url"))).contains("CONNECTION_REFUSED");
        assertThat(codes(rows.get("Secure line voice_url"))).contains("CREDENTIALS_IN_URL");
        assertThat(rows.get("Secure line voice_url").getAsJsonObject("webhook").get("url").getAsString()).contains("***:***@");
        assertThat(codes(rows.get("Bad overrides voice_url"))).contains("OVERRIDE_OUT_OF_RANGE");
        assertThat(rows.get("App routed voice_url").getAsJsonObject("webhook").get("overriddenBy").getAsString()).startsWith("AP");
        // Without --all-accounts only the main account is audited.
        assertThat(JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("summaries")).hasSize(1);
    }

    @Test
    void textReportNamesAccountsFindingsAndOverrides() {
        CliTestSupport.Run run = audit("--demo", "--all-accounts", "--parallelism", "4", "--timeout", "3");
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("ACCOUNT", "  Production EU", "  Staging").doesNotContain("Pilot 2023")
                .contains("Certificate self-signed", "Certificate expired", "Certificate hostname mismatch",
                        "plain http", "refuses connections", "https://***:***@localhost:", "(overridden by AP");
    }

    @Test
    void withoutTheDemoCaTheValidTargetIsAnUnknownIssuerUntilTrusted() throws Exception {
        Map<String, String> vars = Map.of("TWILIO_ACCOUNT_SID", demo.accountSid(), "TWILIO_API_KEY", demo.apiKeySid(),
                "TWILIO_API_SECRET", demo.apiKeySecret());
        String[] base = {"audit", "--json", "--timeout", "3", "--base-url", "api=" + sandbox.baseUrl(), "--base-url",
            "events=" + sandbox.baseUrl()};
        CliTestSupport.Run jdkOnly = CliTestSupport.webhooks(env(vars), base);
        assertThat(codes(rowsByName(jdkOnly.out()).get("Main IVR voice_url"))).as(jdkOnly.err()).isNotEmpty()
                .allMatch(c -> c.startsWith("CERT_"));

        Path pem = Files.writeString(home.resolve("demo-ca.pem"), sandbox.demoCaCertificatePem());
        List<String> trusted = new ArrayList<>(List.of(base));
        trusted.addAll(List.of("--trust", pem.toString()));
        CliTestSupport.Run withTrust = CliTestSupport.webhooks(env(vars), trusted.toArray(new String[0]));
        assertThat(codes(rowsByName(withTrust.out()).get("Main IVR voice_url"))).isEmpty();
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertThat(audit("--demo", "--parallelism", "0").exit()).isEqualTo(2);
        assertThat(audit("--demo", "--timeout", "0").exit()).isEqualTo(2);
        Path notPem = Files.writeString(home.resolve("x.pem"), "hello");
        CliTestSupport.Run run = audit("--demo", "--trust", notPem.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("not a PEM certificate file");
        CliTestSupport.Run noCredentials = audit();
        assertThat(noCredentials.exit()).isEqualTo(2);
        assertThat(noCredentials.err()).contains("No credentials");
    }

    @Test
    void helpNamesEveryOption() {
        CliTestSupport.Run help = audit("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--all-accounts", "--json", "--trust=PEM", "--parallelism=N", "--timeout=S", "--demo",
                "Exit codes");
    }

    /** Rows keyed "friendly name field", e.g. "Main IVR voice_url". */
    private static Map<String, JsonObject> rowsByName(String json) {
        Map<String, JsonObject> rows = new HashMap<>();
        for (JsonElement e : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("webhooks")) {
            JsonObject w = e.getAsJsonObject().getAsJsonObject("webhook");
            String name = w.get("resourceName").getAsString().replaceAll("^.*\\((.*)\\)$", "$1");
            rows.put(name + " " + w.get("field").getAsString(), e.getAsJsonObject());
        }
        return rows;
    }

    private static Set<String> codes(JsonObject row) {
        Set<String> codes = new HashSet<>();
        row.getAsJsonObject("url").getAsJsonArray("findings").forEach(f -> codes.add(f.getAsJsonObject().get("code").getAsString()));
        if (row.has("tls")) {
            row.getAsJsonObject("tls").getAsJsonArray("findings").forEach(f -> codes.add(f.getAsJsonObject().get("code").getAsString()));
        }
        return codes;
    }

    private static String[] prepend(String first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(new String[0]);
    }
}

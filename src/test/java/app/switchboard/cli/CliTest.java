package app.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.twilio.RetryPolicy;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioHttp;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The command line in-process against MockWebServer: output, exit codes and messages. */
class CliTest {
    private static final String MAIN = "AC" + "1".repeat(32);
    private static final String SUB = "AC" + "2".repeat(32);
    private static final String KEY = "SK" + "3".repeat(32);
    private static final String SECRET = "very-secret-api-secret";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final Map<String, String> env = new HashMap<>(Map.of("TWILIO_ACCOUNT_SID", MAIN, "TWILIO_API_KEY", KEY,
            "TWILIO_API_SECRET", SECRET));
    private final List<TwilioClient> clients = new ArrayList<>();
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path home;
    private String out;
    private String err;

    @AfterEach
    void closeClients() {
        clients.forEach(TwilioClient::close);
    }

    private int run(String... args) {
        CliEnvironment e = new CliEnvironment(env, Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC), () -> {
            TwilioClient c = new TwilioClient(TwilioHttp.builder().sleeper(d -> { }).random(() -> 0.5)
                    .retryPolicy(RetryPolicy.defaults().withBudget(10, 5, 10))
                    .timeouts(Duration.ofSeconds(5), Duration.ofSeconds(5)).build());
            clients.add(c);
            return c;
        });
        CliRun r = CliRun.of(SwitchboardCommand.commandLine(() -> { }, e), args);
        out = r.out();
        err = r.err();
        int code = r.exit();
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
        assertFalse((out + err).contains(SECRET), "the secret never appears");
        return code;
    }

    private String[] withBase(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        String base = server.url("/").toString();
        all.addAll(List.of("--base-url", "api=" + base, "--base-url", "iam=" + base));
        return all.toArray(new String[0]);
    }

    private void respond(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).body(body).addHeader("Twilio-Request-Id", "RQ" + "9".repeat(32))
                .build());
    }

    private static String account(String sid, String owner, String name) {
        return "{\"sid\":\"" + sid + "\",\"owner_account_sid\":\"" + owner + "\",\"friendly_name\":\"" + name
                + "\",\"status\":\"active\",\"type\":\"Full\",\"auth_token\":\"tok\",\"date_created\":\"Fri, 23 Aug 2013 21:46:14 +0000\"}";
    }

    @Test
    void accountsListPrintsMainThenSubaccountsAsTableAndJson() {
        for (int i = 0; i < 2; i++) {
            respond(200, account(MAIN, MAIN, "Main"));
            respond(200, "{\"accounts\":[" + account(MAIN, MAIN, "Main") + "," + account(SUB, MAIN, "Shop") + "],\"next_page_uri\":null}");
        }
        assertEquals(0, run(withBase("accounts", "list")), err);
        String[] lines = out.split("\\R");
        assertTrue(lines[0].startsWith("SID"), out);
        assertTrue(lines[1].contains(MAIN) && lines[1].contains("main"), out);
        assertTrue(lines[2].contains(SUB) && lines[2].contains("subaccount"), out);

        assertEquals(0, run(withBase("accounts", "list", "--json")), err);
        JsonArray arr = JsonParser.parseString(out).getAsJsonArray();
        assertEquals(2, arr.size());
        assertTrue(arr.get(1).getAsJsonObject().get("subaccount").getAsBoolean());
        assertFalse(out.contains("tok"), "auth tokens never printed");
    }

    @Test
    void aSavedProfileSignsInWithItsSecretFromTheEncryptedFile() throws Exception {
        app.switchboard.AppPaths paths = app.switchboard.AppPaths.under(home);
        String base = server.url("/").toString();
        app.switchboard.accounts.Profile profile = new app.switchboard.accounts.Profile("work", MAIN,
                app.switchboard.accounts.CredentialKind.API_KEY, KEY, null, null, Map.of("api", base));
        new app.switchboard.accounts.ProfileStore(paths.configDir()).save(profile, null);
        var file = app.switchboard.accounts.secrets.EncryptedFileCredentialStore.open(
                paths.configDir().resolve("secrets.enc"), "correct horse battery".toCharArray());
        file.put(profile.secretId(), SECRET.toCharArray());
        env.clear();
        env.put("SWITCHBOARD_HOME", home.toString());

        assertEquals(2, run("accounts", "list", "--profile", "work"));
        assertTrue(err.contains("SWITCHBOARD_PASSPHRASE"), "asks for the passphrase: " + err);

        env.put("SWITCHBOARD_PASSPHRASE", "wrong passphrase!");
        assertEquals(2, run("accounts", "list", "--profile", "work"));
        assertTrue(err.toLowerCase(java.util.Locale.ROOT).contains("passphrase"), err);

        env.put("SWITCHBOARD_PASSPHRASE", "correct horse battery");
        respond(200, account(MAIN, MAIN, "Main"));
        respond(200, "{\"accounts\":[" + account(MAIN, MAIN, "Main") + "],\"next_page_uri\":null}");
        assertEquals(0, run("accounts", "list", "--profile", "work"), err);
        assertTrue(out.contains(MAIN), out);
        String auth = server.takeRequest().getHeaders().get("Authorization");
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes()), auth,
                "the profile's key and the secret from the file");
    }

    @Test
    void keysListShowsAgeAndKindFromIamFlagsAndTheSigningKeys() {
        respond(200, "{\"keys\":[{\"sid\":\"" + KEY + "\",\"friendly_name\":\"ci\",\"date_created\":\"2026-11-01T10:00:00Z\","
                + "\"flags\":[\"rest_api\",\"signing\"]}],\"meta\":{\"next_page_url\":null}}");
        String signing = "SK" + "5".repeat(32);
        respond(200, "{\"signing_keys\":[{\"sid\":\"" + signing + "\",\"friendly_name\":\"video\","
                + "\"date_created\":\"Sun, 01 Nov 2026 10:00:00 +0000\"}],\"next_page_uri\":null}");
        assertEquals(0, run(withBase("keys", "list")), err);
        assertTrue(out.contains(KEY) && out.contains("ci") && out.contains("2026-11-01") && out.contains(" 26 ")
                && out.contains("standard"), out);
        assertTrue(out.contains(signing) && out.contains("video") && out.contains("signing"), out);
    }

    @Test
    void keysListAcrossAllAccountsAsJsonFallsBackToV2010WhereIamDoesNotAnswer() {
        respond(200, account(MAIN, MAIN, "Main"));
        respond(200, "{\"accounts\":[" + account(SUB, MAIN, "Shop") + "]}");
        respond(404, "{\"code\":20404,\"message\":\"not found\"}"); // IAM unavailable: v2010, kinds unknown
        respond(200, "{\"keys\":[{\"sid\":\"" + KEY + "\",\"friendly_name\":\"a\"}]}");
        respond(200, "{\"signing_keys\":[]}");
        respond(200, "{\"keys\":[],\"meta\":{}}");
        respond(200, "{\"signing_keys\":[]}");
        assertEquals(0, run(withBase("keys", "list", "--all-accounts", "--json")), err);
        JsonArray arr = JsonParser.parseString(out).getAsJsonArray();
        assertEquals(1, arr.size());
        assertEquals(MAIN, arr.get(0).getAsJsonObject().get("account_sid").getAsString());
        assertEquals("unknown", arr.get(0).getAsJsonObject().get("kind").getAsString());
        assertTrue(err.contains("the kind of 1 key(s) of " + MAIN + " is unknown"), err);
    }

    @Test
    void malformedSidIsAUsageError() {
        env.put("TWILIO_ACCOUNT_SID", "AC123");
        assertEquals(2, run(withBase("keys", "list")));
        assertTrue(err.contains("Malformed Account SID 'AC123'"), err);
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void missingCredentialsIsAUsageError() {
        env.clear();
        assertEquals(2, run(withBase("accounts", "list")));
        assertTrue(err.contains("No credentials") && err.contains("TWILIO_API_KEY"), err);
        env.putAll(Map.of("TWILIO_ACCOUNT_SID", MAIN, "TWILIO_API_KEY", KEY));
        assertEquals(2, run(withBase("accounts", "list")));
        assertTrue(err.contains("TWILIO_API_SECRET is missing"), err);
    }

    @Test
    void authTokenCredentialsWork() {
        env.clear();
        env.putAll(Map.of("TWILIO_ACCOUNT_SID", MAIN, "TWILIO_AUTH_TOKEN", SECRET));
        respond(200, account(MAIN, MAIN, "Main"));
        respond(200, "{\"accounts\":[]}");
        assertEquals(0, run(withBase("accounts", "list")), err);
    }

    @Test
    void permissionDeniedExplainsTheMainKeyRule() {
        respond(401, "{\"code\":20003,\"message\":\"Authenticate\"}");
        respond(401, "{\"code\":20003,\"message\":\"Authenticate\",\"more_info\":\"https://www.twilio.com/docs/errors/20003\",\"status\":401}");
        assertEquals(1, run(withBase("keys", "list")));
        assertTrue(err.contains("20003") && err.contains("https://www.twilio.com/docs/errors/20003")
                && err.contains("RQ" + "9".repeat(32)) && err.contains("Main API key or the Auth Token"), err);
    }

    @Test
    void notFound() {
        respond(404, "{\"code\":20404,\"message\":\"The requested resource was not found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\",\"status\":404}");
        assertEquals(1, run(withBase("accounts", "list")));
        assertTrue(err.contains("20404") && err.contains("not found"), err);
    }

    @Test
    void throttledAfterTheRetryBudgetIsSpent() {
        for (int i = 0; i < 3; i++) {
            respond(429, "{\"code\":20429,\"message\":\"Too Many Requests\",\"more_info\":\"https://www.twilio.com/docs/errors/20429\"}");
        }
        assertEquals(1, run(withBase("accounts", "list")));
        assertTrue(err.contains("20429") && err.contains("concurrency limit"), err);
        assertEquals(3, server.getRequestCount(), "budget of 10 allows two retries");
    }

    @Test
    void connectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertEquals(1, run("accounts", "list", "--base-url", "api=http://127.0.0.1:" + port));
        assertTrue(err.contains("Could not connect to 127.0.0.1:" + port), err);
    }

    @Test
    void htmlInsteadOfJson() {
        respond(200, account(MAIN, MAIN, "Main"));
        respond(200, "<html><title>Captive portal</title></html>");
        assertEquals(1, run(withBase("accounts", "list")));
        assertTrue(err.contains("not a JSON object"), err);
        respond(503, "<!DOCTYPE html><html><head><title>Service Unavailable</title></head></html>");
        respond(503, "<!DOCTYPE html><html><head><title>Service Unavailable</title></head></html>");
        respond(503, "<!DOCTYPE html><html><head><title>Service Unavailable</title></head></html>");
        assertEquals(1, run(withBase("accounts", "list")));
        assertTrue(err.contains("HTML page") && err.contains("Service Unavailable"), err);
    }

    @Test
    void twoMegabyteErrorPage() {
        String page = "<html><head><title>Proxy error</title></head><body>" + "y".repeat(2 * 1024 * 1024) + "</body></html>";
        for (int i = 0; i < 3; i++) {
            respond(500, page);
        }
        assertEquals(1, run(withBase("accounts", "list")));
        assertTrue(err.contains("Proxy error"), err);
        assertTrue(err.length() < 2000, "a short message, not the page");
    }

    @Test
    void switchboardHomeMovesEveryFile() {
        env.put("SWITCHBOARD_HOME", "/tmp/sb-home");
        CliEnvironment e = new CliEnvironment(env, Clock.systemUTC(), () -> null);
        assertEquals(java.nio.file.Path.of("/tmp/sb-home/config"), e.paths().configDir());
    }

    @Test
    void usageErrors() {
        env.put("SWITCHBOARD_HOME", home.toString());
        assertEquals(2, run(withBase("accounts", "list", "--profile", "work")));
        assertTrue(err.contains("No profile named 'work'"), err);
        env.remove("SWITCHBOARD_HOME");
        assertEquals(2, run(withBase("accounts", "list", "--demo")));
        assertTrue(err.contains("Demo mode is unavailable"), err);
        assertEquals(2, run(withBase("accounts", "list", "--edge", "atlantis")));
        assertTrue(err.contains("Unknown edge 'atlantis'"), err);
        assertEquals(2, run("accounts", "list", "--base-url", "api=http://10.1.2.3:80"));
        assertTrue(err.contains("only over https"), err);
        assertEquals(2, run("accounts", "list", "--base-url", "voice=https://x.example.com"));
        assertTrue(err.contains("Unknown product 'voice'"), err);
        assertEquals(2, run("accounts", "list", "--frobnicate"));
        assertTrue(err.contains("Unknown option") && err.contains("--help"), err);
        assertEquals(0, run("--version"));
        assertTrue(out.startsWith("switchboard "), out);
    }
}

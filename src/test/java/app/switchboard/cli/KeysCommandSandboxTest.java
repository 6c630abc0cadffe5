package app.switchboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.sandbox.fault.FaultKind;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.IamKey;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioException;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key commands in-process against the sandbox: outputs, exit codes, confirmations and the lost-answer fault. */
class KeysCommandSandboxTest {
    private static Sandbox sandbox;
    private static DemoAccount demo;
    private static TwilioClient client;
    private static AccountClient admin;

    @TempDir
    Path home;
    private final Map<String, String> env = new HashMap<>();
    /** Lines a person types on the terminal; null means "no terminal" (a script). */
    private Deque<String> typed;
    private Credentials credentials;
    private String out;
    private String err;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.forTests());
        demo = sandbox.demoAccount();
        client = TwilioClient.create();
        admin = client.account(mainKey(), EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    @AfterAll
    static void stopSandbox() {
        client.close();
        sandbox.close();
    }

    private static Credentials mainKey() {
        return Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret()));
    }

    @BeforeEach
    void setUp() {
        env.put("SWITCHBOARD_HOME", home.toString());
        credentials = mainKey();
        typed = null;
        sandbox.faults().clear();
    }

    private int run(String... args) {
        CliEnvironment e = new CliEnvironment(env, Clock.systemUTC(), () -> client,
                () -> new DemoEnvironment.Connection(credentials, EmbeddedDemo.hostsFor(sandbox.baseUrl())))
                .withTerminal(() -> typed == null ? Optional.empty() : Optional.of(prompt -> typed.poll()));
        // The audit log is local: it takes no connection options.
        String[] withDemo = java.util.Arrays.copyOf(args, args.length + (args[1].equals("audit") ? 0 : 1));
        if (withDemo.length > args.length) {
            withDemo[args.length] = "--demo";
        }
        CliRun r = CliRun.of(SwitchboardCommand.commandLine(() -> { }, e), withDemo);
        out = r.out();
        err = r.err();
        int code = r.exit();
        assertFalse(err.contains("\tat ") || err.contains("Exception"), "no stack trace: " + err);
        assertFalse((out + err).contains(demo.apiKeySecret()), "the credentials' secret never appears");
        return code;
    }

    private static boolean exists(String sid) {
        try {
            admin.iamKeys().fetch(sid);
            return true;
        } catch (TwilioException e) {
            if (e.isNotFound()) {
                return false;
            }
            throw e;
        }
    }

    private static List<IamKey> keysNamed(String name) {
        return StreamSupport.stream(admin.iamKeys().list().spliterator(), false)
                .filter(k -> name.equals(k.friendlyName())).collect(Collectors.toList());
    }

    private JsonObject createJson(String name) {
        assertEquals(0, run("keys", "create", "--name", name, "--json"), err);
        return JsonParser.parseString(out).getAsJsonObject();
    }

    private String auditFile() throws IOException {
        Path f = home.resolve("data/keys/audit.jsonl");
        if (!Files.exists(f)) {
            try (var files = Files.walk(home)) {
                f = files.filter(p -> p.getFileName().toString().equals("audit.jsonl")).findFirst().orElseThrow();
            }
        }
        return Files.readString(f);
    }

    @Test
    void createPrintsSidAndSecretOnceOnStdoutAndTheKeyWorks() throws IOException {
        JsonObject o = createJson("cli standard");
        String sid = o.get("sid").getAsString();
        String secret = o.get("secret").getAsString();
        assertEquals("cli standard", o.get("friendly_name").getAsString());
        assertEquals(1, out.split(secret, -1).length - 1, "the secret is printed exactly once");
        assertFalse(err.contains(secret), "never on stderr");
        assertTrue(exists(sid));
        // the secret is the real one: the new key signs in
        client.account(Credentials.apiKey(demo.accountSid(), sid, Secret.of(secret)), EmbeddedDemo.hostsFor(sandbox.baseUrl()))
                .incomingPhoneNumbers().list().iterator().hasNext();
        assertTrue(auditFile().contains(sid) && !auditFile().contains(secret), "audited, without the secret");
    }

    @Test
    void createInTextModeLabelsTheSecret() {
        assertEquals(0, run("keys", "create", "--name", "cli text"), err);
        assertTrue(out.contains("SID:    SK") && out.contains("SECRET: ") && out.contains("shown this once"), out);
    }

    @Test
    void createRestrictedKeyWithPermissions() {
        assertEquals(0, run("keys", "create", "--name", "cli restricted", "--restricted", "--permission",
                "/twilio/messaging/messages/create", "--json"), err);
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        assertEquals("restricted", o.get("kind").getAsString());
        assertTrue(admin.iamKeys().fetch(o.get("sid").getAsString()).isRestricted());
    }

    @Test
    void badNamesAndPermissionsAreRefusedBeforeAnythingIsSent() {
        String longName = "n".repeat(65);
        assertEquals(2, run("keys", "create", "--name", longName));
        assertTrue(err.contains("at most 64 characters"), err);
        assertTrue(keysNamed(longName).isEmpty());

        assertEquals(2, run("keys", "create", "--name", "bad perm", "--restricted", "--permission", "send-sms"));
        assertTrue(err.contains("'send-sms' is not a permission"), err);
        assertEquals(2, run("keys", "create", "--name", "bad perm", "--permission", "/twilio/voice/calls/read"));
        assertTrue(err.contains("--restricted"), err);
        assertTrue(keysNamed("bad perm").isEmpty());
    }

    @Test
    void lostCreateAnswerReportsTheOrphanAndHowToRevokeIt() {
        sandbox.faults().inject(FaultKind.DROP_CREATE_RESPONSE, 1);
        assertEquals(1, run("keys", "create", "--name", "cli orphan"));
        List<IamKey> orphans = keysNamed("cli orphan");
        assertEquals(1, orphans.size(), "created exactly once: the POST was not retried");
        String orphan = orphans.get(0).sid();
        assertTrue(err.contains(orphan) && err.contains("secret was lost") && err.contains("keys revoke " + orphan), err);
        assertTrue(out.isEmpty(), "no secret to print: " + out);

        assertEquals(0, run("keys", "revoke", orphan, "--yes"), err);
        assertFalse(exists(orphan));
    }

    @Test
    void revokeRefusesWithoutYesAndWithoutATerminal() {
        String sid = createJson("cli keep").get("sid").getAsString();
        assertEquals(2, run("keys", "revoke", sid));
        assertTrue(err.contains("--yes") && err.contains("Nothing was changed"), err);
        assertTrue(exists(sid));
    }

    @Test
    void revokeOnATerminalNeedsTheLastSixCharactersOfTheSid() {
        String sid = createJson("cli typed").get("sid").getAsString();
        typed = new ArrayDeque<>(List.of("nope"));
        assertEquals(2, run("keys", "revoke", sid));
        assertTrue(exists(sid), "a wrong answer revokes nothing");
        assertTrue(err.contains("cli typed (" + sid + ")"), "the warning names the key: " + err);

        typed = new ArrayDeque<>(List.of(sid.substring(sid.length() - 6)));
        assertEquals(0, run("keys", "revoke", sid), err);
        assertFalse(exists(sid));
    }

    @Test
    void revokingTwiceSaysAlreadyGoneAndIsNotAnError() {
        String sid = createJson("cli twice").get("sid").getAsString();
        assertEquals(0, run("keys", "revoke", sid, "--yes"), err);
        assertTrue(out.contains("Revoked cli twice"), out);
        assertEquals(0, run("keys", "revoke", sid, "--yes", "--json"), err);
        JsonArray arr = JsonParser.parseString(out).getAsJsonArray();
        assertEquals("already_gone", arr.get(0).getAsJsonObject().get("outcome").getAsString());
        assertTrue(err.contains("already gone"), err);
    }

    @Test
    void renameChecksTheName() {
        String sid = createJson("cli rename").get("sid").getAsString();
        assertEquals(0, run("keys", "rename", sid, "--name", "cli renamed"), err);
        assertEquals("cli renamed", admin.iamKeys().fetch(sid).friendlyName());
        assertEquals(2, run("keys", "rename", sid, "--name", "x".repeat(65)));
        assertEquals(1, run("keys", "rename", "SK" + "0".repeat(32), "--name", "ghost"));
        assertTrue(err.contains("no key"), err);
    }

    @Test
    void rotateAStandardKeyEndToEnd() {
        String old = createJson("cli rotate me").get("sid").getAsString();
        assertEquals(0, run("keys", "rotate", old, "--yes", "--json"), err);
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        String successor = o.get("sid").getAsString();
        assertNotEquals(old, successor);
        assertTrue(o.get("friendly_name").getAsString().startsWith("cli rotate me (rotated "), out);
        assertTrue(o.get("old_key_revoked").getAsBoolean());
        assertFalse(exists(old));
        client.account(Credentials.apiKey(demo.accountSid(), successor, Secret.of(o.get("secret").getAsString())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl())).incomingPhoneNumbers().list().iterator().hasNext();
    }

    @Test
    void rotateRefusesWithoutConfirmationAndForTheOwnMainKeyWithoutAConsoleSuccessor() {
        String old = createJson("cli rotate refused").get("sid").getAsString();
        int before = StreamSupport.stream(admin.iamKeys().list().spliterator(), false).mapToInt(k -> 1).sum();
        assertEquals(2, run("keys", "rotate", old));
        assertTrue(exists(old));

        assertEquals(2, run("keys", "rotate", demo.apiKeySid(), "--yes"));
        assertTrue(err.contains("Main key") && err.contains("--successor-sid"), err);
        assertEquals(before, StreamSupport.stream(admin.iamKeys().list().spliterator(), false).mapToInt(k -> 1).sum(),
                "no successor was created");
        assertTrue(exists(demo.apiKeySid()));
    }

    @Test
    void aRotationLeftBeforeTheRevokeResumesWhereItStopped() {
        String old = createJson("cli resume me").get("sid").getAsString();
        typed = new ArrayDeque<>(List.of("not yet"));
        assertEquals(0, run("keys", "rotate", old), err);
        assertTrue(out.contains("SECRET: "), "the successor's secret was shown: " + out);
        assertTrue(err.contains("was kept") && exists(old), err);
        String successor = keysNamed("cli resume me (rotated " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ")")
                .get(0).sid();

        typed = null;
        assertEquals(0, run("keys", "rotate", old, "--yes"), err);
        assertTrue(err.contains("Resuming") && err.contains(successor), err);
        assertTrue(out.isEmpty(), "no new key, no secret: " + out);
        assertFalse(exists(old));
        assertTrue(exists(successor));
    }

    @Test
    void aMainKeyIsRotatedByAdoptingAKeyCreatedInTheConsole() {
        String consoleMain = keysNamed("Console main key").get(0).sid();
        assertEquals(2, run("keys", "rotate", consoleMain, "--yes"));
        assertTrue(err.contains("is a Main key"), err);

        env.put("NEW_MAIN_SECRET", demo.apiKeySecret());
        assertEquals(0, run("keys", "rotate", consoleMain, "--yes", "--json", "--successor-sid", demo.apiKeySid(),
                "--successor-secret-env", "NEW_MAIN_SECRET"), err);
        JsonObject o = JsonParser.parseString(out).getAsJsonObject();
        assertEquals(demo.apiKeySid(), o.get("sid").getAsString());
        assertTrue(o.get("secret").isJsonNull(), "an adopted key's secret is the user's already: never echoed");
        assertTrue(o.get("old_key_revoked").getAsBoolean());
        assertFalse(exists(consoleMain));
    }

    @Test
    void aStandardKeyAsCredentialIsExplained() {
        credentials = Credentials.apiKey(demo.accountSid(), demo.standardKeySid(), Secret.of(demo.standardKeySecret()));
        assertEquals(1, run("keys", "create", "--name", "cli from standard"));
        assertTrue(err.contains("20003") && err.contains("Main API key"), err);
        assertTrue(keysNamed("cli from standard").isEmpty());
    }

    @Test
    void auditListsEveryActionWithoutSecrets() {
        JsonObject o = createJson("cli audited");
        String sid = o.get("sid").getAsString();
        assertEquals(0, run("keys", "revoke", sid, "--yes"), err);
        assertEquals(0, run("keys", "audit", "--json"), err);
        JsonArray arr = JsonParser.parseString(out).getAsJsonArray();
        List<String> actions = StreamSupport.stream(arr.spliterator(), false).map(e -> e.getAsJsonObject())
                .filter(e -> sid.equals(e.get("key_sid").getAsString())).map(e -> e.get("action").getAsString() + ":"
                        + e.get("outcome").getAsString()).collect(Collectors.toList());
        assertEquals(List.of("create:ok", "revoke:ok"), actions);
        assertFalse(out.contains(o.get("secret").getAsString()));
        assertEquals(0, run("keys", "audit"));
        assertTrue(out.startsWith("TIME") && out.contains("revoke"), out);
    }
}

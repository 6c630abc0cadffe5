package app.switchboard.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.demo.EmbeddedDemo;
import app.switchboard.sandbox.DemoAccount;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxOptions;
import app.switchboard.twilio.AccountClient;
import app.switchboard.twilio.Credentials;
import app.switchboard.twilio.RequestListener;
import app.switchboard.twilio.Secret;
import app.switchboard.twilio.TwilioClient;
import app.switchboard.twilio.TwilioException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TwilioKeyGateway + KeyService + RotationService against the sandbox: what Twilio would do to every call the
 * keys screen and the command line make, including a bulk revoke over an account's concurrency cap.
 */
class KeysAgainstSandboxTest {
    /** Below the bulk revoke's parallelism, so the limiter must hold requests back. */
    private static final int CAP = 16;
    private static Sandbox sandbox;
    private static DemoAccount demo;
    private static TwilioClient client;
    private static AccountClient account;
    private static final AtomicInteger throttled = new AtomicInteger();

    @TempDir
    Path dir;
    private KeyService keys;
    private final List<String> switchedTo = new ArrayList<>();
    private RotationService rotations;

    @BeforeAll
    static void startSandbox() {
        sandbox = Sandbox.start(SandboxOptions.forTests().withExtraKeys(200).withConcurrencyCap(CAP));
        demo = sandbox.demoAccount();
        client = TwilioClient.create();
        client.addListener((RequestListener) r -> {
            if (r.status() == 429) {
                throttled.incrementAndGet();
            }
        });
        account = client.account(Credentials.apiKey(demo.accountSid(), demo.apiKeySid(), Secret.of(demo.apiKeySecret())),
                EmbeddedDemo.hostsFor(sandbox.baseUrl()));
    }

    @AfterAll
    static void stopSandbox() {
        client.close();
        sandbox.close();
    }

    @BeforeEach
    void setUp() {
        KeyFiles files = KeyFiles.under(dir);
        keys = files.service(new TwilioKeyGateway(client, account), "tester", Clock.systemUTC());
        rotations = files.rotations(keys, (acc, sid, secret) -> switchedTo.add(sid), Clock.systemUTC());
    }

    private Map<String, ApiKey> bySid() {
        return keys.list(demo.accountSid()).stream().collect(Collectors.toMap(ApiKey::sid, Function.identity()));
    }

    private ApiKey named(String name) {
        return keys.list(demo.accountSid()).stream().filter(k -> k.friendlyName().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void listTellsKindsFromIamFlags() {
        Map<String, ApiKey> all = bySid();
        assertEquals(KeyKind.MAIN, all.get(demo.apiKeySid()).kind());
        assertEquals(KeyKind.STANDARD, all.get(demo.standardKeySid()).kind());
        assertEquals(KeyKind.RESTRICTED, named("sms-sender").kind());
        assertEquals(KeyKind.SIGNING, named("Signing key 2026").kind());
        assertEquals(KeyKind.RESTRICTED, keys.find(demo.accountSid(), named("sms-sender").sid()).kind(),
                "a fetch knows restricted keys by their policy");
    }

    @Test
    void whereIamDoesNotAnswerTheKeysComeFromV2010WithoutTheirKinds() {
        // Outside US1 (or with another region's key) IAM v1 is not there to answer: here it 404s.
        AccountClient noIam = client.account(account.credentials(), EmbeddedDemo.hostsFor(sandbox.baseUrl())
                .withBaseUrl(app.switchboard.twilio.Product.IAM, sandbox.baseUrl() + "/no-iam-here/"));
        List<ApiKey> listed = new TwilioKeyGateway(client, noIam).list(demo.accountSid());
        Map<String, ApiKey> withIam = bySid();
        assertEquals(withIam.keySet(), listed.stream().map(ApiKey::sid).collect(Collectors.toSet()), "the same keys");
        assertEquals(KeyKind.UNKNOWN, listed.stream().filter(k -> k.sid().equals(demo.apiKeySid())).findFirst()
                .orElseThrow().kind());
        assertEquals(KeyKind.SIGNING, listed.stream().filter(k -> k.friendlyName().equals("Signing key 2026")).findFirst()
                .orElseThrow().kind(), "signing keys have their own list");
    }

    @Test
    void createStandardAndRestrictedRenameAndRevoke() {
        CreateResult.Created std = assertInstanceOf(CreateResult.Created.class,
                keys.create(demo.accountSid(), "it standard", List.of()));
        assertEquals(KeyKind.STANDARD, bySid().get(std.key().key().sid()).kind());
        std.key().wipe();

        List<String> perms = List.of("/twilio/messaging/messages/create", "/twilio/messaging/messages/read");
        CreateResult.Created restricted = assertInstanceOf(CreateResult.Created.class,
                keys.create(demo.accountSid(), "it restricted", perms));
        String sid = restricted.key().key().sid();
        assertEquals(KeyKind.RESTRICTED, bySid().get(sid).kind());
        assertEquals(perms, keys.permissions(demo.accountSid(), sid));

        ApiKey renamed = keys.rename(bySid().get(sid), "it restricted (renamed)");
        assertEquals("it restricted (renamed)", bySid().get(sid).friendlyName());

        assertEquals(RevokeResult.Outcome.REVOKED, keys.revoke(renamed).outcome());
        assertFalse(bySid().containsKey(sid));
        assertEquals(RevokeResult.Outcome.ALREADY_GONE, keys.revoke(renamed).outcome());
        assertThrows(KeyNotFoundException.class, () -> keys.find(demo.accountSid(), sid));
        assertTrue(keys.history(renamed).stream().anyMatch(e -> e.source().equals("twilio")),
                "Monitor events tell Twilio's side of the story");
    }

    @Test
    void bulkRevokeOf200KeysOverTheCapSucceedsThroughTheLimiter() {
        List<ApiKey> bulk = keys.list(demo.accountSid()).stream().filter(k -> k.friendlyName().startsWith("bulk key "))
                .collect(Collectors.toList());
        assertEquals(200, bulk.size());
        int throttledBefore = throttled.get();
        AtomicInteger progress = new AtomicInteger();
        List<RevokeResult> results = keys.revokeAll(bulk, () -> false, (n, r) -> progress.incrementAndGet());
        assertEquals(200, results.size());
        assertTrue(results.stream().allMatch(r -> r.outcome() == RevokeResult.Outcome.REVOKED),
                () -> results.stream().filter(r -> !r.succeeded()).map(RevokeResult::message).findFirst().orElse(""));
        assertEquals(200, progress.get());
        assertTrue(bySid().values().stream().noneMatch(k -> k.friendlyName().startsWith("bulk key ")));
        System.out.println("bulk revoke of 200 at parallelism 32, cap " + CAP + ": " + (throttled.get() - throttledBefore)
                + " answers were 429 (retried)");
    }

    @Test
    void rotatingAStandardKeyCreatesVerifiesThenRevokes() {
        CreateResult.Created first = assertInstanceOf(CreateResult.Created.class,
                keys.create(demo.accountSid(), "it rotate me", List.of()));
        ApiKey old = first.key().key();
        Rotation r = rotations.start(old, "it rotate me (rotated)", false);
        RotationService.Step<CreateResult> created = rotations.createSuccessor(r);
        NewKey successor = assertInstanceOf(CreateResult.Created.class, created.result()).key();
        r = rotations.verify(created.rotation(), successor.secret());
        assertTrue(bySid().containsKey(old.sid()), "the old key lives until the new one is deployed");
        r = rotations.confirmDeployed(r);
        RotationService.Step<RevokeResult> done = rotations.revokeOld(r);
        assertEquals(Rotation.Step.DONE, done.rotation().step());
        assertFalse(bySid().containsKey(old.sid()));
        assertTrue(bySid().containsKey(successor.key().sid()));
        assertTrue(rotations.unfinished().isEmpty());
        assertTrue(switchedTo.isEmpty(), "not the profile's key: no profile switch");
    }

    @Test
    void theProfilesMainKeyCannotBeReplacedByAKeyCreatedThroughTheApi() {
        Rotation r = rotations.start(bySid().get(demo.apiKeySid()), "main (rotated)", true);
        RotationService.Step<CreateResult> created = rotations.createSuccessor(r);
        NewKey successor = assertInstanceOf(CreateResult.Created.class, created.result()).key();
        TwilioException refused = assertThrows(TwilioException.class,
                () -> rotations.verify(created.rotation(), successor.secret()));
        assertEquals(20003, refused.code(), "a Standard key may not manage keys");
        assertTrue(switchedTo.isEmpty(), "the profile stays on its working key");
        Rotation failed = rotations.unfinished().get(0);
        assertEquals(Rotation.Step.CREATED, failed.step());
        rotations.abandon(failed, true);
        assertFalse(bySid().containsKey(successor.key().sid()), "the useless successor is revoked");
        assertTrue(bySid().containsKey(demo.apiKeySid()), "the profile's key is untouched");
    }

    /**
     * The sandbox (like Twilio) creates no Main key through the API and hands out the secret of only one,
     * the demo key. So the profile here is taken to sign in with the seeded "Console main key", and its
     * successor "created in the Console" is the demo Main key, whose secret is known.
     */
    @Test
    void theProfilesMainKeyIsReplacedByAdoptingAConsoleMainKey() {
        ApiKey consoleMain = named("Console main key");
        assertEquals(KeyKind.MAIN, consoleMain.kind());
        Rotation r = rotations.start(consoleMain, "unused", true);
        assertThrows(IllegalArgumentException.class, () -> rotations.adoptSuccessor(r, consoleMain.sid()));
        Rotation adopted = rotations.adoptSuccessor(r, demo.apiKeySid());
        Rotation verified = rotations.verify(adopted, demo.apiKeySecret().toCharArray());
        assertEquals(List.of(demo.apiKeySid()), switchedTo, "the profile switched before anything was revoked");
        RotationService.Step<RevokeResult> done = rotations.revokeOld(rotations.confirmDeployed(verified));
        assertEquals(RevokeResult.Outcome.REVOKED, done.result().outcome());
        assertFalse(bySid().containsKey(consoleMain.sid()));
        assertNull(done.rotation().lastError());
    }
}

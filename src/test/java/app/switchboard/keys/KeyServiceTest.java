package app.switchboard.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyServiceTest {
    static final String AC = "AC" + "1".repeat(32);

    @TempDir
    Path dir;
    FakeKeyGateway twilio;
    CreationJournal journal;
    KeyAuditLog audit;
    KeyService service;

    @BeforeEach
    void setUp() {
        twilio = new FakeKeyGateway();
        journal = new CreationJournal(dir.resolve("journal.json"));
        audit = new KeyAuditLog(dir.resolve("audit.jsonl"), "tester");
        service = new KeyService(twilio, journal, audit,
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void createReturnsTheSecretOnceAndLeavesNoIntentBehind() {
        CreateResult r = service.create(AC, "billing", List.of());
        NewKey key = assertInstanceOf(CreateResult.Created.class, r).key();
        assertEquals("secret-" + key.key().sid(), new String(key.secret()));
        assertTrue(journal.pending().isEmpty());
        assertEquals("create", audit.entries().get(0).action());
        assertTrue(!key.toString().contains("secret-"), "toString must not show the secret");
    }

    @Test
    void aLostAnswerForACreatedKeyIsReportedAsAnOrphanAndNotRetried() {
        twilio.add(AC, "billing", Instant.parse("2026-01-01T00:00:00Z")); // an older key with the same name
        twilio.dropCreateResponse = true;
        CreateResult r = service.create(AC, "billing", List.of());
        List<ApiKey> orphans = assertInstanceOf(CreateResult.Orphaned.class, r).keys();
        assertEquals(1, orphans.size(), "only the new key, not the older one with the same name");
        assertEquals(1, twilio.createCalls.get(), "the POST is never sent twice");
        assertTrue(journal.pending().isEmpty());
        assertEquals("orphaned", audit.entries().get(0).outcome());
    }

    @Test
    void aLostAnswerWithNoKeyCreatedSaysItIsSafeToRetry() {
        twilio.failCreateAmbiguouslyWithoutCreating = true;
        CreateResult r = service.create(AC, "billing", List.of());
        assertTrue(assertInstanceOf(CreateResult.NotCreated.class, r).reason().contains("safe to try again"));
        assertTrue(journal.pending().isEmpty());
    }

    @Test
    void anIntentWhoseOutcomeCannotBeCheckedStaysForTheNextReconciliation() {
        twilio.dropCreateResponse = true;
        FakeKeyGateway net = twilio;
        KeyService flaky = new KeyService(new KeyGateway() {
            @Override public void list(String a, java.util.function.Consumer<List<ApiKey>> onPage) {
                net.listFails = net.createCalls.get() > 0; // the network dies right after the POST
                net.list(a, onPage);
            }
            @Override public ApiKey fetch(String a, String k) { return net.fetch(a, k); }
            @Override public List<KeyEvent> history(String a, String k) { return List.of(); }
            @Override public List<String> permissions(String a, String k) { return List.of(); }
            @Override public NewKey create(String a, String n, List<String> p) { return net.create(a, n, p); }
            @Override public ApiKey rename(String a, String k, String n) { return net.rename(a, k, n); }
            @Override public void delete(String a, String k) { net.delete(a, k); }
            @Override public void verify(String a, String k, char[] s, boolean m) { net.verify(a, k, s, m); }
        }, journal, audit, Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
        assertThrows(IllegalStateException.class, () -> flaky.create(AC, "billing", List.of()));
        assertEquals(1, journal.pending().size(), "the intent survives until the outcome is known");

        net.listFails = false;
        List<CreateResult> settled = service.reconcilePending();
        assertInstanceOf(CreateResult.Orphaned.class, settled.get(0));
        assertTrue(journal.pending().isEmpty());
    }

    @Test
    void aDefiniteFailureIsAuditedAndRethrown() {
        KeyService failing = new KeyService(new FakeKeyGateway() {
            @Override public NewKey create(String a, String n, List<String> p) {
                throw new IllegalArgumentException("21000 bad");
            }
        }, journal, audit, Clock.systemUTC());
        assertThrows(IllegalArgumentException.class, () -> failing.create(AC, "x", List.of()));
        assertTrue(journal.pending().isEmpty());
        assertEquals("failed", audit.entries().get(0).outcome());
    }

    @Test
    void badNamesAndPermissionsAreRefusedBeforeAnythingIsSent() {
        assertThrows(IllegalArgumentException.class, () -> service.create(AC, "x".repeat(65), List.of()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.create(AC, "ok", List.of("/twilio/messaging/messages/launch")));
        assertTrue(e.getMessage().contains("not a permission"));
        assertEquals(0, twilio.createCalls.get());
    }

    @Test
    void revokingAKeyThatIsAlreadyGoneIsReportedAsSuch() {
        ApiKey k = twilio.add(AC, "old", Instant.now());
        assertEquals(RevokeResult.Outcome.REVOKED, service.revoke(k).outcome());
        RevokeResult again = service.revoke(k);
        assertEquals(RevokeResult.Outcome.ALREADY_GONE, again.outcome());
        assertTrue(again.message().contains("already"));
    }

    @Test
    void bulkRevokeReportsEveryKeyAndStopsOnCancel() {
        List<ApiKey> keys = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            keys.add(twilio.add(AC, "k" + i, Instant.now()));
        }
        List<Integer> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<RevokeResult> all = service.revokeAll(keys, 4, () -> false, (n, r) -> progress.add(n));
        assertEquals(50, all.size());
        assertTrue(all.stream().allMatch(RevokeResult::succeeded));
        assertEquals(50, progress.size());

        List<ApiKey> more = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            more.add(twilio.add(AC, "m" + i, Instant.now()));
        }
        List<RevokeResult> cancelled = service.revokeAll(more, 1, () -> twilio.deleteCalls.get() >= 55, (n, r) -> { });
        long done = cancelled.stream().filter(RevokeResult::succeeded).count();
        assertTrue(done >= 5 && done < 20, "stopped part-way: " + done);
        assertTrue(cancelled.stream().anyMatch(r -> r.outcome() == RevokeResult.Outcome.CANCELLED));
    }

    @Test
    void bulkRevokeLeavesHowManyAtOnceToTheAccountsLimiter() {
        List<ApiKey> keys = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            keys.add(twilio.add(AC, "k" + i, Instant.now()));
        }
        // The gateway (in the app: the account's limiter) lets everything through: 40 deletes must be in flight
        // together before any of them ends. A bulk with a fixed small pool would wait out the latch's timeout.
        java.util.concurrent.CountDownLatch forty = new java.util.concurrent.CountDownLatch(40);
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        twilio.duringDelete = () -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            forty.countDown();
            try {
                forty.await(5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
        };
        List<RevokeResult> all = service.revokeAll(keys, () -> false, (n, r) -> { });
        assertTrue(all.stream().allMatch(RevokeResult::succeeded));
        assertTrue(most.get() >= 40, "at most " + most.get() + " at once");
    }

    @Test
    void auditLogSurvivesACutLineAndExportsSafeCsv() throws Exception {
        service.revoke(twilio.add(AC, "=HYPERLINK(\"x\")", Instant.now()));
        Files.writeString(dir.resolve("audit.jsonl"), "{\"time\":\"2026-", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, audit.entries().size());
        StringWriter csv = new StringWriter();
        audit.exportCsv(csv);
        assertTrue(csv.toString().contains("\"'=HYPERLINK(\"\"x\"\")\""), csv.toString());
    }
}

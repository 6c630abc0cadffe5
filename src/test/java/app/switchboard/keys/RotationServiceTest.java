package app.switchboard.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotationServiceTest {
    static final String AC = KeyServiceTest.AC;

    @TempDir
    Path dir;
    FakeKeyGateway twilio;
    RotationStore store;
    List<String> switchedTo;
    RotationService rotations;
    ApiKey old;

    @BeforeEach
    void setUp() {
        twilio = new FakeKeyGateway();
        twilio.now = Instant.now(); // keys it creates are stamped on the same clock as the service's journal
        KeyService keys = new KeyService(twilio, new CreationJournal(dir.resolve("j.json")),
                new KeyAuditLog(dir.resolve("a.jsonl"), "t"), Clock.systemUTC());
        store = new RotationStore(dir.resolve("rotations"));
        switchedTo = new ArrayList<>();
        rotations = new RotationService(keys, store, (a, sid, secret) -> switchedTo.add(sid), Clock.systemUTC());
        old = twilio.add(AC, "prod (rotated 2025-01-01)", Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void suggestsASuccessorNameFromTheOldOne() {
        assertEquals("prod (rotated 2026-11-28)", KeyNames.successorOf(old.friendlyName(), LocalDate.of(2026, 11, 28)));
        assertTrue(KeyNames.successorOf("x".repeat(64), LocalDate.of(2026, 11, 28)).length() <= 64);
    }

    @Test
    void theProfileKeyIsReplacedByAMainKeyAdoptedFromTheConsoleNotByACreatedOne() {
        Rotation r = rotations.start(old, "prod (rotated 2026-11-28)", true);
        RotationService.Step<CreateResult> created = rotations.createSuccessor(r);
        NewKey standard = assertInstanceOf(CreateResult.Created.class, created.result()).key();
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> rotations.verify(created.rotation(), standard.secret()));
        assertTrue(refused.getMessage().contains("20003"));
        assertTrue(switchedTo.isEmpty(), "the profile never moves to a key that cannot manage keys");
        rotations.abandon(rotations.unfinished().get(0), true);

        ApiKey consoleMain = twilio.add(AC, "prod main 2026", Instant.now());
        r = rotations.adoptSuccessor(rotations.start(old, "prod main 2026", true), consoleMain.sid());
        r = rotations.verify(r, ("secret-" + consoleMain.sid()).toCharArray());
        assertEquals(List.of(consoleMain.sid()), switchedTo);
        assertThrows(IllegalStateException.class, () -> rotations.revokeOld(rotations.unfinished().get(0)),
                "not before the user confirmed deployment");
        r = rotations.confirmDeployed(r);
        RotationService.Step<RevokeResult> done = rotations.revokeOld(r);
        assertEquals(Rotation.Step.DONE, done.rotation().step());
        assertFalse(twilio.keys.containsKey(old.sid()));
        assertTrue(rotations.unfinished().isEmpty());
    }

    @Test
    void aFailedVerificationKeepsTheOldKeyAndTheProfileAndCanBeResumed() {
        Rotation r = rotations.start(old, "next", false);
        RotationService.Step<CreateResult> created = rotations.createSuccessor(r);
        twilio.verifyFailure = new IllegalStateException("connection refused");
        assertThrows(IllegalStateException.class,
                () -> rotations.verify(created.rotation(), "wrong".toCharArray()));
        assertTrue(switchedTo.isEmpty());
        assertTrue(twilio.keys.containsKey(old.sid()));

        Rotation resumed = rotations.unfinished().get(0);
        assertEquals(Rotation.Step.CREATED, resumed.step());
        assertEquals("connection refused", resumed.lastError());
        twilio.verifyFailure = null;
        Rotation verified = rotations.verify(resumed, ("secret-" + resumed.newSid()).toCharArray());
        assertEquals(Rotation.Step.VERIFIED, verified.step());
        assertNull(verified.lastError());
    }

    @Test
    void anOrphanedSuccessorIsReportedAndTheRotationStaysAtTheStart() {
        twilio.dropCreateResponse = true;
        RotationService.Step<CreateResult> step = rotations.createSuccessor(rotations.start(old, "next", false));
        assertInstanceOf(CreateResult.Orphaned.class, step.result());
        assertEquals(Rotation.Step.STARTED, step.rotation().step());
        assertTrue(step.rotation().lastError().contains("revoke it"));
    }

    @Test
    void abandoningRevokesTheSuccessorUnlessTheProfileAlreadyUsesIt() {
        ApiKey consoleMain = twilio.add(AC, "main 2", Instant.now());
        Rotation r = rotations.adoptSuccessor(rotations.start(old, "main 2", true), consoleMain.sid());
        Rotation verified = rotations.verify(r, ("secret-" + consoleMain.sid()).toCharArray());
        assertThrows(IllegalStateException.class, () -> rotations.abandon(verified, true));
        assertTrue(twilio.keys.containsKey(consoleMain.sid()));

        ApiKey other = twilio.add(AC, "other", Instant.now());
        RotationService.Step<CreateResult> c2 = rotations.createSuccessor(rotations.start(other, "other2", false));
        rotations.abandon(c2.rotation(), true);
        assertFalse(twilio.keys.containsKey(c2.rotation().newSid()));
        assertTrue(twilio.keys.containsKey(other.sid()));
    }
}

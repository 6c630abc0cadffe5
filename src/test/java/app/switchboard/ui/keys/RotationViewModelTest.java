package app.switchboard.ui.keys;

import app.switchboard.ui.common.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.CreationJournal;
import app.switchboard.keys.FakeKeyGateway;
import app.switchboard.keys.KeyAuditLog;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.Rotation;
import app.switchboard.keys.RotationService;
import app.switchboard.keys.RotationStore;
import app.switchboard.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotationViewModelTest {
    static final String AC = "AC" + "2".repeat(32);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dir;
    FakeKeyGateway twilio;
    RecordingDialogService dialogs;
    List<String> switched;
    List<String> shown;
    RotationService service;
    RotationViewModel vm;
    ApiKey old;

    @BeforeEach
    void setUp() {
        twilio = new FakeKeyGateway();
        old = twilio.add(AC, "prod", NOW.minusSeconds(86400L * 200));
        dialogs = new RecordingDialogService();
        switched = new ArrayList<>();
        shown = new ArrayList<>();
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        KeyService keys = new KeyService(twilio, new CreationJournal(dir.resolve("j.json")),
                new KeyAuditLog(dir.resolve("a.jsonl"), "t"), clock);
        service = new RotationService(keys, new RotationStore(dir.resolve("rot")), (a, sid, s) -> switched.add(sid), clock);
        vm = newVm(clock);
    }

    private RotationViewModel newVm(Clock clock) {
        return new RotationViewModel(service, new KeyUsageTracker(), new DirectTaskRunner(), dialogs,
                k -> shown.add(k.key().sid()), clock, Throwable::getMessage);
    }

    @Test
    void createVerifyDeployRevoke() {
        vm.open(old, () -> { });
        assertEquals("prod (rotated 2026-11-28)", vm.successorNameProperty().get());
        vm.createSuccessor(old, false);
        Rotation r = vm.rotationProperty().get();
        assertEquals(Rotation.Step.VERIFIED, r.step(), vm.messageProperty().get());
        assertEquals(List.of(r.newSid()), shown);
        assertTrue(switched.isEmpty());
        vm.confirmDeployed();
        vm.revokeOld();
        assertEquals(Rotation.Step.DONE, vm.rotationProperty().get().step());
        assertFalse(twilio.keys.containsKey(old.sid()));
        assertTrue(service.unfinished().isEmpty());
    }

    @Test
    void theProfileKeyIsReplacedByAnAdoptedMainKey() {
        ApiKey consoleMain = twilio.add(AC, "main from console", NOW);
        vm.open(old, () -> { });
        vm.adoptSuccessor(old, true, " " + consoleMain.sid() + " ", ("secret-" + consoleMain.sid()).toCharArray());
        assertEquals(Rotation.Step.VERIFIED, vm.rotationProperty().get().step(), vm.messageProperty().get());
        assertEquals(List.of(consoleMain.sid()), switched);
    }

    @Test
    void aCreatedStandardKeyCannotReplaceTheProfileKey() {
        vm.open(old, () -> { });
        vm.createSuccessor(old, true);
        assertEquals(Rotation.Step.CREATED, vm.rotationProperty().get().step());
        assertTrue(vm.messageProperty().get().contains("20003"), vm.messageProperty().get());
        assertTrue(switched.isEmpty());
    }

    @Test
    void aFailedVerificationIsResumedLaterWithAPastedSecret() {
        twilio.verifyFailure = new IllegalStateException("connection refused");
        vm.open(old, () -> { });
        vm.createSuccessor(old, false);
        assertEquals(Rotation.Step.CREATED, vm.rotationProperty().get().step());
        assertTrue(vm.messageProperty().get().contains("Nothing was revoked"));
        assertTrue(twilio.keys.containsKey(old.sid()));

        // the window is closed; later a new wizard resumes the saved rotation
        twilio.verifyFailure = null;
        RotationViewModel later = newVm(Clock.systemUTC());
        later.open(old, () -> { });
        Rotation resumed = later.rotationProperty().get();
        assertEquals(Rotation.Step.CREATED, resumed.step());
        later.verify(("secret-" + resumed.newSid()).toCharArray());
        assertEquals(Rotation.Step.VERIFIED, later.rotationProperty().get().step());
    }

    @Test
    void revokingTheOldKeyNeedsTheTypedConfirmation() {
        vm.open(old, () -> { });
        vm.createSuccessor(old, false);
        vm.confirmDeployed();
        dialogs.answer = false;
        vm.revokeOld();
        assertTrue(twilio.keys.containsKey(old.sid()));
        assertEquals(Rotation.Step.DEPLOYED, vm.rotationProperty().get().step());
    }

    @Test
    void abandoningRevokesTheUnusedSuccessor() {
        twilio.verifyFailure = new IllegalStateException("boom");
        vm.open(old, () -> { });
        vm.createSuccessor(old, false);
        String newSid = vm.rotationProperty().get().newSid();
        vm.abandon(true);
        assertNull(vm.rotationProperty().get());
        assertFalse(twilio.keys.containsKey(newSid));
        assertTrue(twilio.keys.containsKey(old.sid()));
    }
}

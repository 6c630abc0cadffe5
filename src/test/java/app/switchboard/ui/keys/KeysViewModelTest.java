package app.switchboard.ui.keys;

import app.switchboard.ui.common.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.keys.ApiKey;
import app.switchboard.keys.CreationJournal;
import app.switchboard.keys.KeyAuditLog;
import app.switchboard.keys.KeyKind;
import app.switchboard.keys.KeyService;
import app.switchboard.keys.KeyUsageTracker;
import app.switchboard.keys.NewKey;
import app.switchboard.keys.FakeKeyGateway;
import app.switchboard.ui.common.DirectTaskRunner;
import app.switchboard.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysViewModelTest {
    static final String AC = "AC" + "1".repeat(32);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dir;
    FakeKeyGateway twilio;
    RecordingDialogService dialogs;
    List<String> shownSecrets;
    DirectTaskRunner tasks;
    KeysViewModel vm;
    KeyService service;
    KeyScope scope;
    Clock clock;
    ApiKey profileKey;
    List<String> inScope = List.of(AC);

    @BeforeEach
    void setUp() {
        twilio = new FakeKeyGateway();
        profileKey = twilio.add(AC, "switchboard", NOW.minusSeconds(86400L * 10));
        twilio.add(AC, "legacy billing", NOW.minusSeconds(86400L * 400));
        twilio.add(AC, "ci deploy", NOW.minusSeconds(86400L * 100));
        dialogs = new RecordingDialogService();
        shownSecrets = new ArrayList<>();
        tasks = new DirectTaskRunner();
        clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service = new KeyService(twilio, new CreationJournal(dir.resolve("j.json")),
                new KeyAuditLog(dir.resolve("a.jsonl"), "t"), clock);
        scope = new KeyScope() {
            @Override public List<String> accountSids() { return inScope; }
            @Override public String credentialSid() { return profileKey.sid(); }
        };
        vm = new KeysViewModel(service, new KeyUsageTracker(), scope, tasks, dialogs,
                (NewKey k) -> shownSecrets.add(new String(k.secret())), clock, Throwable::getMessage);
        vm.activate();
    }

    @Test
    void listsKeysAndHighlightsThoseOlderThanThePolicy() {
        assertEquals(3, vm.visibleRows().size());
        long overdue = vm.rows().stream().filter(KeyRow::overPolicyAge).count();
        assertEquals(2, overdue);
        vm.policyAgeDaysProperty().set(365);
        assertEquals(1, vm.rows().stream().filter(KeyRow::overPolicyAge).count());
        assertTrue(vm.rows().stream().anyMatch(KeyRow::usedByProfile));
    }

    @Test
    void aNewListingsFirstRowsGoInAsTheyArriveAndTheRestOnTicks() {
        for (int i = 0; i < 120; i++) {
            twilio.add(AC, "deploy " + i, NOW.minusSeconds(86400L * i));
        }
        // The listing's pages all arrive, but it has not ended: its end is held, and no tick has run.
        List<Runnable> ticks = new ArrayList<>();
        List<Runnable> held = new ArrayList<>();
        TaskRunner listingUnderWay = new TaskRunner() {
            @Override
            public <T> Cancellable run(String name, Callable<T> work, Consumer<? super T> onSuccess,
                                       Consumer<Throwable> onFailure) {
                try {
                    T result = work.call();
                    held.add(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                return () -> { };
            }

            @Override
            public Cancellable every(Duration period, Runnable tick) {
                ticks.add(tick);
                return () -> ticks.remove(tick);
            }

            @Override
            public void later(Runnable action) {
                action.run();
            }
        };
        KeysViewModel listing = new KeysViewModel(service, new KeyUsageTracker(), scope, listingUnderWay, dialogs,
                k -> { }, clock, Throwable::getMessage);
        listing.activate();
        assertEquals(50, listing.rows().size(), "the first page is in without waiting for a tick");
        assertTrue(listing.busyProperty().get());
        for (int i = 0; i < 4; i++) {
            ticks.forEach(Runnable::run); // while a listing runs, a table showing rows grows every fourth tick
        }
        assertEquals(123, listing.rows().size());
        held.forEach(Runnable::run);
        assertFalse(listing.busyProperty().get());
    }

    @Test
    void searchAndFiltersNarrowTheTable() {
        vm.searchProperty().set("BILL");
        assertEquals(1, vm.visibleRows().size());
        vm.searchProperty().set("");
        vm.olderThanDaysProperty().set(365);
        assertEquals("legacy billing", vm.visibleRows().get(0).name());
        vm.olderThanDaysProperty().set(0);
        vm.kindProperty().set(KeyKind.RESTRICTED);
        assertEquals(0, vm.visibleRows().size());
    }

    @Test
    void createShowsTheSecretOnceAndAddsTheRow() {
        vm.create(AC, "new one", List.of());
        assertEquals(1, shownSecrets.size());
        assertTrue(shownSecrets.get(0).startsWith("secret-"));
        assertEquals("new one", vm.rows().get(0).name());
    }

    @Test
    void aKeyCreatedWithItsAnswerLostIsOfferedForRevocation() {
        twilio.dropCreateResponse = true;
        vm.create(AC, "lost", List.of());
        assertTrue(shownSecrets.isEmpty());
        assertTrue(dialogs.confirmations.get(0).contains("secret was lost"));
        assertFalse(twilio.keys.values().stream().anyMatch(k -> k.friendlyName().equals("lost")),
                "the orphan was revoked after the user agreed");
    }

    @Test
    void revokeNeedsTheTypedSidEndAndWarnsForTheProfileKey() {
        KeyRow own = vm.rows().stream().filter(KeyRow::usedByProfile).findFirst().orElseThrow();
        dialogs.typed = "nope";
        vm.revoke(own);
        assertTrue(twilio.keys.containsKey(own.sid()), "wrong confirmation text revokes nothing");
        assertTrue(dialogs.confirmations.get(0).contains("Switchboard itself signs in with"));

        dialogs.typed = null;
        KeyRow other = vm.rows().stream().filter(r -> !r.usedByProfile()).findFirst().orElseThrow();
        vm.revoke(other);
        assertFalse(twilio.keys.containsKey(other.sid()));
        assertEquals(2, vm.rows().size());
    }

    @Test
    void revokingAKeyAlreadyGoneExplainsAndRefreshes() {
        KeyRow other = vm.rows().stream().filter(r -> !r.usedByProfile()).findFirst().orElseThrow();
        twilio.keys.remove(other.sid());
        vm.revoke(other);
        assertTrue(dialogs.errors.get(0).contains("already"));
        assertEquals(2, vm.rows().size());
    }

    @Test
    void bulkRevokeLeavesTheProfileKeyAndReportsEachKey() {
        vm.revokeAll(List.copyOf(vm.rows()));
        assertEquals(2, vm.bulkResults().size());
        assertTrue(twilio.keys.containsKey(profileKey.sid()));
        assertEquals("2 revoked, 0 failed, 0 cancelled", vm.bulkSummaryProperty().get());
        assertEquals(1, vm.rows().size());
    }

    @Test
    void aListingFailureIsShownNotThrown() {
        twilio.listFails = true;
        vm.refresh();
        assertTrue(dialogs.errors.get(0).startsWith("Could not list API keys"));
        assertFalse(vm.busyProperty().get());
    }

    @Test
    void theAccountsInScopeComeFromTheListingAndChangeOnlyWithTheScope() {
        assertEquals(List.of(AC), vm.accounts());
        int[] changes = new int[1];
        vm.accounts().addListener((ListChangeListener<String>) c -> changes[0]++);
        vm.refresh();
        assertEquals(0, changes[0], "the same scope again must not disturb what is bound to the accounts");

        String other = "AC" + "2".repeat(32);
        twilio.add(other, "subaccount key", NOW.minusSeconds(86400L));
        inScope = List.of(AC, other);
        vm.refresh();
        assertEquals(List.of(AC, other), vm.accounts());
        assertEquals(1, changes[0]);
        assertEquals(4, vm.rows().size());
    }

    @Test
    void refreshingTheSameAccountsKeepsTheTableAndTouchesOnlyWhatChanged() {
        int[] changes = new int[1];
        vm.rows().addListener((ListChangeListener<KeyRow>) c -> changes[0]++);
        KeyRow legacy = vm.rows().stream().filter(r -> r.name().equals("legacy billing")).findFirst().orElseThrow();

        vm.refresh();
        assertEquals(0, changes[0], "nothing changed on Twilio: the table is not touched");
        assertEquals(3, vm.rows().size());

        ApiKey added = twilio.add(AC, "new one", NOW.minusSeconds(60));
        twilio.keys.remove(legacy.sid());
        vm.refresh();
        assertEquals(List.of("switchboard", "ci deploy", "new one"),
                vm.rows().stream().map(KeyRow::name).collect(java.util.stream.Collectors.toList()));
        assertTrue(vm.rows().stream().anyMatch(r -> r.sid().equals(added.sid())));
        assertEquals(2, changes[0], "one removal and one addition, not a rebuild");
    }
}

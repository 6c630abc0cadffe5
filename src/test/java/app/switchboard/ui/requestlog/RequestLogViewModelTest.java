package app.switchboard.ui.requestlog;

import app.switchboard.ui.common.RecordingDialogService;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.switchboard.requestlog.RequestLogSettings;
import app.switchboard.requestlog.RequestLogStore;
import app.switchboard.requestlog.RequestRow;
import app.switchboard.requestlog.SampleTraffic;
import app.switchboard.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestLogViewModelTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;
    RequestLogStore store;
    final DirectTaskRunner tasks = new DirectTaskRunner();
    final RecordingDialogService dialogs = new RecordingDialogService();
    RequestLogViewModel vm;

    @BeforeEach
    void setUp() {
        store = RequestLogStore.open(dir.resolve("requestlog.db"), RequestLogSettings.defaults(), CLOCK);
        store.writeAll(new SampleTraffic(9, 1_000, NOW.minusSeconds(60), Duration.ofHours(1).toMillis(), true), null);
        vm = new RequestLogViewModel(store, tasks, dialogs, CLOCK);
        vm.activate();
    }

    @AfterEach
    void tearDown() {
        vm.deactivate();
        store.close();
    }

    @Test
    void showsTheFirstPageAndLoadsMoreOnDemand() {
        assertEquals(RequestLogViewModel.PAGE, vm.rows().size());
        assertEquals(1_000, vm.totalCountProperty().get());
        assertEquals(1_000, vm.shownCountProperty().get());
        assertNotNull(vm.timelineProperty().get());
        assertFalse(vm.advice().isEmpty());
        vm.loadMore();
        assertEquals(2 * RequestLogViewModel.PAGE, vm.rows().size());
        assertTrue(vm.rows().get(0).id() > vm.rows().get(399).id(), "newest first");
    }

    @Test
    void aBadFilterIsAnInlineErrorAndKeepsTheRows() {
        vm.filterTextProperty().set("status>=400 and (code=20429");
        vm.applyFilter();
        assertTrue(vm.filterErrorProperty().get().contains("Unbalanced"));
        assertEquals(16, vm.filterErrorPositionProperty().get());
        assertEquals(RequestLogViewModel.PAGE, vm.rows().size());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void filteringSelectingAndCopyingAsCurl() {
        vm.filterTextProperty().set("method=POST");
        vm.applyFilter();
        assertNull(vm.filterErrorProperty().get());
        assertTrue(vm.rows().stream().allMatch(r -> r.method().equals("POST")));
        assertTrue(vm.shownCountProperty().get() < 1_000);
        RequestRow row = vm.rows().get(0);
        vm.selectedProperty().set(row);
        assertEquals(row, vm.detailProperty().get().row());
        String curl = vm.curlForSelection();
        assertTrue(curl.startsWith("curl -X POST '"), curl);
        assertTrue(curl.contains("$TWILIO_"), curl);
        assertEquals(row.requestId(), vm.requestIdForSelection());
    }

    @Test
    void liveRowsArriveOnTheTickNotPerEvent() throws Exception {
        long before = vm.totalCountProperty().get();
        var more = new SampleTraffic(10, 5, NOW, 1_000, false);
        while (more.hasNext()) {
            store.onRecord(more.next());
        }
        assertTrue(store.awaitWritten(Duration.ofSeconds(10)));
        assertEquals(before, vm.totalCountProperty().get(), "nothing changes between ticks");
        tasks.tick();
        assertEquals(before + 5, vm.totalCountProperty().get());
        assertEquals(RequestLogViewModel.PAGE + 5, vm.rows().size());
    }

    @Test
    void draggingTheTimelineNarrowsTheFilterToThatRange() {
        vm.filterTextProperty().set("status=200");
        vm.selectTimeRange(NOW.minusSeconds(600), NOW.minusSeconds(1200));
        String text = vm.filterTextProperty().get();
        assertTrue(text.startsWith("status=200 time>="), text);
        vm.selectTimeRange(NOW.minusSeconds(300), NOW.minusSeconds(200));
        assertEquals(1, text.split("time>=").length - 1);
        assertEquals(1, vm.filterTextProperty().get().split("time>=").length - 1, "the range is replaced, not added");
        assertNull(vm.filterErrorProperty().get());
        assertTrue(vm.shownCountProperty().get() < 1_000);
    }

    @Test
    void exportAndImportHarAsASeparateSource() throws Exception {
        Path har = dir.resolve("errors.har");
        vm.filterTextProperty().set("status>=400");
        vm.applyFilter();
        long errors = vm.shownCountProperty().get();
        vm.exportHar(har);
        assertTrue(Files.size(har) > 0);
        vm.importHar(har);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(vm.filterTextProperty().get().startsWith("source=\"HAR errors.har"));
        assertEquals(errors, vm.shownCountProperty().get());
        assertTrue(vm.rows().stream().allMatch(RequestRow::imported));
    }

    @Test
    void aFileThatIsNotHarIsAClearError() throws Exception {
        Path notHar = Files.writeString(dir.resolve("notes.txt"), "not json at all");
        vm.importHar(notHar);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("not a HAR file"), dialogs.errors.get(0));
    }

    @Test
    void suggestsFieldsAndKnownValues() {
        assertTrue(vm.suggestions("sta", 3).stream().anyMatch(s -> s.label().equals("status")));
        assertTrue(vm.suggestions("status=4", 8).stream().anyMatch(s -> s.label().equals("429")));
    }
}

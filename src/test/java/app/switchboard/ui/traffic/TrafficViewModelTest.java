package app.switchboard.ui.traffic;

import app.switchboard.ui.common.RecordingDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.traffic.MutableClock;
import app.switchboard.traffic.Records;
import app.switchboard.traffic.Sampler;
import app.switchboard.traffic.Scheduler;
import app.switchboard.traffic.TrafficMonitor;
import app.switchboard.traffic.TrafficRecorder;
import app.switchboard.traffic.TrafficWindow;
import app.switchboard.twilio.RequestRecord;
import app.switchboard.ui.common.DirectTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficViewModelTest {

    private static final String A = "AC000000000000000000000000000000aa";
    private static final String B = "AC000000000000000000000000000000bb";
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final TrafficRecorder recorder = new TrafficRecorder();
    private final TrafficMonitor monitor = new TrafficMonitor(recorder, clock);
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final List<Runnable> scheduled = new ArrayList<>();
    private final Scheduler scheduler = (period, task) -> {
        scheduled.add(task);
        return () -> scheduled.remove(task);
    };
    private final List<String> probes = new ArrayList<>();
    private final Sampler sampler = new Sampler(scheduler, probes::add);
    private final List<String> opened = new ArrayList<>();
    private final TrafficViewModel vm = new TrafficViewModel(runner, dialogs, monitor, sampler, clock, opened::add);

    @Test
    void ticksDrainRecordsIntoTheFrameNotEachEvent() {
        vm.watch(A);
        vm.activate();
        recorder.onRecord(Records.ok(A, NOW.minusSeconds(3), 12));
        recorder.onRecord(Records.ok(A, NOW.minusSeconds(2), 17));
        assertThat(vm.frameProperty().get().series().get(0).summary().requests()).isZero();
        clock.advance(Duration.ofMillis(500));
        runner.tick();
        TrafficFrame frame = vm.frameProperty().get();
        assertThat(frame.series()).hasSize(1);
        assertThat(frame.series().get(0).summary().peakConcurrency()).isEqualTo(17);
        assertThat(frame.endMs()).isEqualTo(NOW.plusMillis(500).toEpochMilli());
        assertThat(frame.pointsMax()).isEqualTo(300);
    }

    @Test
    void windowsChooseTheirResolutionAndStayUnderSixHundredPoints() {
        vm.watch(A);
        vm.activate();
        recorder.onRecord(Records.ok(A, NOW, 1));
        runner.tick();
        for (TrafficWindow w : TrafficWindow.values()) {
            vm.windowProperty().set(w);
            assertThat(vm.frameProperty().get().window()).isEqualTo(w);
            assertThat(vm.frameProperty().get().pointsMax()).isLessThanOrEqualTo(600);
        }
    }

    @Test
    void accountsSeenInTrafficAppearAndTheFirstIsCharted() {
        vm.activate();
        recorder.onRecord(Records.ok(B, NOW, 3));
        runner.tick();
        assertThat(vm.accounts()).containsExactly(B);
        assertThat(vm.selectedAccounts()).containsExactly(B);
    }

    @Test
    void pauseFreezesTheChartsAndStopsProbesButKeepsRecording() {
        vm.watch(A);
        vm.activate();
        vm.togglePause();
        recorder.onRecord(Records.ok(A, NOW, 30));
        runner.tick();
        scheduled.forEach(Runnable::run);
        assertThat(probes).isEmpty();
        assertThat(vm.frameProperty().get().series().get(0).summary().requests()).isZero();
        vm.togglePause();
        assertThat(vm.frameProperty().get().series().get(0).summary().requests()).isEqualTo(1);
        scheduled.forEach(Runnable::run);
        assertThat(probes).containsExactly(A);
    }

    @Test
    void samplingIntervalDefaultsToFiveSecondsWithAOneSecondFloor() {
        assertThat(vm.samplingInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(vm.setSamplingInterval(Duration.ofMillis(200))).isFalse();
        assertThat(dialogs.errors).hasSize(1).first().asString().contains("at least 1 second");
        assertThat(vm.setSamplingInterval(Duration.ofSeconds(1))).isTrue();
        assertThat(vm.samplingInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void a429StormNotifiesOnceNotPerRequest() {
        vm.watch(A);
        vm.activate();
        for (int i = 0; i < 2_000; i++) {
            recorder.onRecord(Records.record(A, NOW.minusMillis(20_000 - i * 10L), 429, null, null, 15));
        }
        runner.tick();
        runner.tick();
        assertThat(dialogs.notifications).hasSize(1).first().asString().contains("429");
    }

    @Test
    void thresholdsNotifyEvenWhileTheScreenIsHidden() {
        vm.watch(A);
        vm.activate();
        vm.deactivate();
        assertThat(vm.setLimit(A, "50", 0.8)).isTrue();
        for (int s = 0; s <= 15; s++) {
            recorder.onRecord(Records.ok(A, NOW.minusSeconds(20 - s), 45));
        }
        runner.tick();
        assertThat(dialogs.notifications).hasSize(1).first().asString().contains("Near the concurrency limit");
    }

    @Test
    void aLimitThatIsNotANumberIsExplained() {
        assertThat(vm.setLimit(A, "lots", 0.8)).isFalse();
        assertThat(vm.setLimit(A, "-4", 0.8)).isFalse();
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).contains("\"lots\" is not a whole number");
        assertThat(vm.setLimit(A, " ", 0.8)).isTrue();
        assertThat(monitor.threshold(A)).isEmpty();
    }

    @Test
    void theLimitReachesTheFrame() {
        vm.watch(A);
        vm.activate();
        vm.setLimit(A, "120", 0.9);
        assertThat(vm.frameProperty().get().thresholds().get(A).limit()).isEqualTo(120);
    }

    @Test
    void removingAWatchedAccountStopsItsProbesAndCharts() {
        vm.watch(A);
        vm.watch(B);
        vm.activate();
        recorder.onRecord(Records.ok(A, NOW, 3));
        runner.tick();
        vm.removeAccount(A);
        runner.tick();
        assertThat(vm.selectedAccounts()).containsExactly(B);
        assertThat(vm.accounts()).containsExactly(B);
        assertThat(sampler.watched()).containsExactly(B);
        assertThat(vm.frameProperty().get().series()).extracting(s -> s.accountSid()).doesNotContain(A);
    }

    @Test
    void clickingAMarkerOpensTheRequest() {
        vm.openRequest("RQ0123");
        vm.openRequest(null);
        assertThat(opened).containsExactly("RQ0123");
    }

    @Test
    void csvExportWritesTheVisibleWindow(@TempDir Path dir) throws Exception {
        vm.watch(A);
        vm.activate();
        RequestRecord r = Records.record(A, NOW.minusSeconds(5), 429, 9, 0.2, 250);
        recorder.onRecord(r);
        runner.tick();
        Path csv = dir.resolve("traffic.csv");
        vm.exportCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("2026-03-02T11:59:55Z," + A + ",1,1,1,9,9,")
                .endsWith("," + r.requestId() + "," + r.requestId());
        assertThat(dialogs.notifications).anyMatch(n -> n.contains("traffic.csv"));
    }

    @Test
    void aFailedExportLeavesNoFileAndExplains(@TempDir Path dir) throws Exception {
        vm.activate();
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        Path target = notAFolder.resolve("traffic.csv");
        vm.exportCsv(target);
        assertThat(dialogs.errors).hasSize(1).first().asString().contains("Could not write");
        Path existing = dir.resolve("keep.png");
        vm.export("Charts", existing, file -> {
            Files.writeString(file, "half");
            throw new java.io.IOException("disk full");
        });
        assertThat(existing).doesNotExist();
        assertThat(dir.toFile().list()).containsExactly("not-a-folder");
    }

    @Test
    void historyIsRebuiltAndLiveRecordsAreNotCountedTwice() {
        RequestRecord old = Records.ok(A, NOW.minus(Duration.ofHours(5)), 40);
        RequestRecord both = Records.ok(A, NOW.minusSeconds(10), 22);
        recorder.onRecord(both); // arrived live while the log also has it
        vm.activate();
        vm.restoreHistory((since, sink) -> {
            assertThat(since).isEqualTo(NOW.minus(Duration.ofHours(24)));
            sink.accept(old);
            sink.accept(both);
        });
        vm.windowProperty().set(TrafficWindow.ONE_DAY);
        runner.tick();
        assertThat(vm.frameProperty().get().series().get(0).summary().requests()).isEqualTo(2);
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void anUnreadableHistoryIsReportedAndLiveDataFlowsOn() {
        vm.activate();
        recorder.onRecord(Records.ok(A, NOW, 3));
        vm.restoreHistory((since, sink) -> {
            throw new java.sql.SQLException("database is locked");
        });
        runner.tick();
        assertThat(dialogs.errors).hasSize(1).first().asString().contains("database is locked");
        assertThat(vm.accounts()).containsExactly(A);
    }
}

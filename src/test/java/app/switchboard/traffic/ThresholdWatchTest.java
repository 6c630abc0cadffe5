package app.switchboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdWatchTest {

    private static final String AC = "AC00000000000000000000000000000003";
    private static final Instant T0 = Instant.parse("2026-03-02T12:00:00Z");

    private final MutableClock clock = new MutableClock(T0.plusSeconds(3600));
    private final TrafficRecorder recorder = new TrafficRecorder();
    private final TrafficMonitor monitor = new TrafficMonitor(recorder, clock);

    @Test
    void alertsOnceWhenConcurrencyStaysAboveTheShareForTheHoldTime() {
        monitor.setThreshold(AC, new Threshold(100, 0.8, Duration.ofSeconds(10)));
        List<TrafficAlert> alerts = new ArrayList<>();
        for (int s = 0; s <= 30; s++) {
            recorder.onRecord(Records.ok(AC, T0.plusSeconds(s), 85));
            alerts.addAll(monitor.drain());
        }
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).kind()).isEqualTo(TrafficAlert.Kind.NEAR_LIMIT);
        assertThat(alerts.get(0).timeMs()).isEqualTo(T0.plusSeconds(10).toEpochMilli());
        assertThat(alerts.get(0).message()).contains("limit 100").contains("80%");
    }

    @Test
    void aDipBelowTheShareRestartsTheHold() {
        monitor.setThreshold(AC, new Threshold(100, 0.8, Duration.ofSeconds(10)));
        List<TrafficAlert> alerts = new ArrayList<>();
        for (int s = 0; s <= 30; s++) {
            recorder.onRecord(Records.ok(AC, T0.plusSeconds(s), s % 8 == 7 ? 50 : 90));
            alerts.addAll(monitor.drain());
        }
        assertThat(alerts).isEmpty();
    }

    @Test
    void noLimitNoConcurrencyAlertButA429AlwaysAlerts() {
        recorder.onRecord(Records.ok(AC, T0, 500));
        recorder.onRecord(Records.record(AC, T0.plusSeconds(1), 429, null, null, 20));
        List<TrafficAlert> alerts = monitor.drain();
        assertThat(alerts).extracting(TrafficAlert::kind).containsExactly(TrafficAlert.Kind.THROTTLED);
    }

    @Test
    void thresholdsRejectNonsense() {
        assertThatThrownBy(() -> new Threshold(0, 0.8, Duration.ZERO)).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new Threshold(10, 1.5, Duration.ZERO)).hasMessageContaining("share");
        assertThat(Threshold.of(100).level()).isEqualTo(80);
    }
}

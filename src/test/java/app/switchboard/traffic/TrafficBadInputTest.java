package app.switchboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Missing or garbage headers, clock jumps, removed accounts, 429 storms. */
class TrafficBadInputTest {

    private static final String AC = "AC00000000000000000000000000000002";
    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final TrafficRecorder recorder = new TrafficRecorder(100_000);
    private final TrafficMonitor monitor = new TrafficMonitor(recorder, clock);

    @Test
    void missingAndUnusableHeaderValuesAreSkippedNotCharted() {
        Instant t = NOW.minusSeconds(5);
        recorder.onRecord(Records.record(AC, t, 200, null, null, 50));
        recorder.onRecord(Records.record(AC, t, 200, -3, Double.NaN, Double.NaN));
        recorder.onRecord(Records.record(AC, t, 200, null, Double.POSITIVE_INFINITY, -1));
        recorder.onRecord(Records.record(AC, t, 0, null, -0.5, 30_000)); // timed out: no round trip either
        recorder.onRecord(Records.record(AC, t, 200, null, 1e300, 1e300)); // absurd but finite: last bin
        recorder.onRecord(null);
        recorder.onRecord(Records.record(null, t, 200, 4, 0.1, 10));
        monitor.drain();
        AccountSeries s = monitor.series(AC, TrafficWindow.FIVE_MINUTES).orElseThrow();
        assertThat(s.summary().requests()).isEqualTo(5);
        assertThat(s.summary().errors()).isEqualTo(1);
        assertThat(s.summary().peakConcurrency()).isEqualTo(-1);
        assertThat(s.summary().serverMs()[0]).isGreaterThan(100_000);
        assertThat(s.summary().clientMs()[0]).isCloseTo(50, org.assertj.core.data.Offset.offset(3.0));
        assertThat(monitor.accounts()).containsExactly(AC);
    }

    @Test
    void farFutureTimestampsLandNowAndDoNotWipeHistory() {
        recorder.onRecord(Records.ok(AC, NOW.minusSeconds(100), 12));
        monitor.drain();
        recorder.onRecord(Records.ok(AC, NOW.plus(Duration.ofDays(3)), 40));
        recorder.onRecord(Records.ok(AC, Instant.MAX, 2));
        recorder.onRecord(Records.ok(AC, Instant.MIN, 3));
        monitor.drain();
        AccountSeries s = monitor.series(AC, TrafficWindow.FIVE_MINUTES).orElseThrow();
        assertThat(s.summary().requests()).isEqualTo(3); // Instant.MIN is older than any window
        assertThat(s.summary().peakConcurrency()).isEqualTo(40);
        assertThat(s.concurrencyMax()[s.size() - 1]).isEqualTo(40f);
    }

    @Test
    void aClockJumpingBackKeepsRecordsInTheirBuckets() {
        recorder.onRecord(Records.ok(AC, NOW.minusSeconds(2), 5));
        monitor.drain();
        clock.set(NOW.minus(Duration.ofMinutes(30))); // NTP step backwards
        recorder.onRecord(Records.ok(AC, NOW.minus(Duration.ofMinutes(30)).minusSeconds(1), 9));
        recorder.onRecord(Records.ok(AC, NOW.minus(Duration.ofDays(2)), 9)); // older than any resolution
        monitor.drain();
        assertThat(monitor.series(AC, TrafficWindow.FIVE_MINUTES).orElseThrow().summary().peakConcurrency())
                .isEqualTo(9);
        clock.set(NOW);
        assertThat(monitor.series(AC, TrafficWindow.ONE_HOUR).orElseThrow().summary().requests()).isEqualTo(2);
    }

    @Test
    void aRemovedAccountDisappearsWithItsBufferedSamples() {
        recorder.onRecord(Records.ok(AC, NOW, 5));
        monitor.drain();
        recorder.onRecord(Records.ok(AC, NOW, 6));
        monitor.remove(AC);
        assertThat(monitor.drain()).isEmpty();
        assertThat(monitor.accounts()).isEmpty();
        assertThat(monitor.series(AC, TrafficWindow.FIVE_MINUTES)).isEmpty();
    }

    @Test
    void aStormOfThousandsOf429sAggregatesIntoBucketsAndFewAlerts() {
        String first = null;
        int storm = 5_000;
        for (int i = 0; i < storm; i++) {
            var r = Records.record(AC, NOW.minusMillis(120_000 - i * 20L), 429, null, null, 30);
            first = first == null ? r.requestId() : first;
            recorder.onRecord(r);
        }
        List<TrafficAlert> alerts = monitor.drain();
        assertThat(alerts).hasSize(2).allMatch(a -> a.kind() == TrafficAlert.Kind.THROTTLED);
        assertThat(alerts.get(0).reference()).isEqualTo(first);
        assertThat(alerts.get(1).message()).contains("2999 more");
        AccountSeries s = monitor.series(AC, TrafficWindow.FIVE_MINUTES).orElseThrow();
        long buckets = java.util.Arrays.stream(s.throttled()).filter(c -> c > 0).count();
        assertThat(buckets).isEqualTo(100);
        assertThat(s.summary().throttled()).isEqualTo(storm);
        assertThat(s.firstThrottled()).contains(first);
    }

    @Test
    void aFullBufferDropsAndCountsInsteadOfGrowing() {
        TrafficRecorder small = new TrafficRecorder(10);
        for (int i = 0; i < 25; i++) {
            small.onRecord(Records.ok(AC, NOW, 1));
        }
        assertThat(small.dropped()).isEqualTo(15);
        TrafficMonitor m = new TrafficMonitor(small, clock);
        m.drain();
        assertThat(m.series(AC, TrafficWindow.FIVE_MINUTES).orElseThrow().summary().requests()).isEqualTo(10);
    }
}

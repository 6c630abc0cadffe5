package app.switchboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The statistics against a sorted reference: percentiles within the histogram's error, maxima kept. */
class TrafficStatisticsTest {

    private static final String AC = "AC00000000000000000000000000000001";
    private static final Instant END = Instant.parse("2026-03-02T12:00:00Z");

    private final MutableClock clock = new MutableClock(END);
    private final TrafficRecorder recorder = new TrafficRecorder(1_000_000);
    private final TrafficMonitor monitor = new TrafficMonitor(recorder, clock);

    @Test
    void windowPercentilesMatchASortedReference() {
        Random random = new Random(3);
        int n = 5_000;
        double[] server = new double[n];
        double[] client = new double[n];
        for (int i = 0; i < n; i++) {
            server[i] = Math.exp(random.nextGaussian() * 1.2) * 80; // ms, long tail
            client[i] = server[i] + 10 + random.nextDouble() * 200;
            Instant at = END.minusMillis(290_000).plusMillis(i * 50L);
            recorder.onRecord(Records.record(AC, at, 200, 5, server[i] / 1000, client[i]));
        }
        monitor.drain();
        WindowSummary summary = monitor.series(AC, TrafficWindow.FIVE_MINUTES).orElseThrow().summary();
        double[] quantiles = {0.50, 0.95, 0.99};
        Arrays.sort(server);
        Arrays.sort(client);
        for (int q = 0; q < quantiles.length; q++) {
            assertThat(summary.serverMs()[q]).isCloseTo(nearestRank(server, quantiles[q]),
                    org.assertj.core.data.Percentage.withPercentage(DurationHistogram.RELATIVE_ERROR * 100));
            assertThat(summary.clientMs()[q]).isCloseTo(nearestRank(client, quantiles[q]),
                    org.assertj.core.data.Percentage.withPercentage(DurationHistogram.RELATIVE_ERROR * 100));
        }
        assertThat(summary.requests()).isEqualTo(n);
    }

    @Test
    void theSameWindowAgreesAcrossResolutions() {
        Random random = new Random(5);
        for (int i = 0; i < 3_000; i++) {
            recorder.onRecord(Records.record(AC, END.minusMillis(random.nextInt(280_000)), 200, 3,
                    random.nextDouble(), 100));
        }
        monitor.drain();
        WindowSummary fine = monitor.series(AC, TrafficWindow.FIVE_MINUTES).orElseThrow().summary();
        WindowSummary coarse = monitor.series(AC, TrafficWindow.ONE_HOUR).orElseThrow().summary();
        assertThat(coarse.serverMs()).containsExactly(fine.serverMs());
        assertThat(coarse.requests()).isEqualTo(fine.requests());
    }

    @Test
    void coarserResolutionsKeepEveryPeak() {
        Random random = new Random(9);
        int[] concurrency = new int[3_600];
        for (int s = 0; s < concurrency.length; s++) {
            concurrency[s] = random.nextInt(100) == 0 ? 90 + random.nextInt(10) : 10 + random.nextInt(20);
            recorder.onRecord(Records.ok(AC, END.minusSeconds(concurrency.length - s), concurrency[s]));
        }
        monitor.drain();
        AccountSeries hour = monitor.series(AC, TrafficWindow.ONE_HOUR).orElseThrow();
        assertThat(hour.size()).isEqualTo(360);
        for (int i = 0; i < hour.size(); i++) {
            long from = hour.timeOf(i);
            int expected = -1;
            for (int s = 0; s < concurrency.length; s++) {
                long t = END.minusSeconds(concurrency.length - s).toEpochMilli();
                if (t >= from && t < from + hour.stepMs()) {
                    expected = Math.max(expected, concurrency[s]);
                }
            }
            assertThat(hour.concurrencyMax()[i]).isEqualTo(expected < 0 ? Float.NaN : expected);
        }
        int peak = Arrays.stream(concurrency).max().orElseThrow();
        assertThat(hour.summary().peakConcurrency()).isEqualTo(peak);
        assertThat(monitor.series(AC, TrafficWindow.ONE_DAY).orElseThrow().summary().peakConcurrency())
                .isEqualTo(peak);
    }

    @Test
    void lastConcurrencyIsTheLatestSampleEvenWhenItArrivesFirst() {
        Instant second = END.minusSeconds(10);
        recorder.onRecord(Records.ok(AC, second.plusMillis(900), 7));
        recorder.onRecord(Records.ok(AC, second.plusMillis(100), 30));
        monitor.drain();
        AccountSeries s = monitor.series(AC, TrafficWindow.FIVE_MINUTES).orElseThrow();
        int i = (int) ((second.toEpochMilli() - s.startMs()) / s.stepMs());
        assertThat(s.concurrencyLast()[i]).isEqualTo(7f);
        assertThat(s.concurrencyMax()[i]).isEqualTo(30f);
    }

    @Test
    void memoryIsBoundedWhateverTheLoad() {
        recorder.onRecord(Records.ok(AC, END, 1));
        monitor.drain();
        long one = monitor.bytes();
        for (int s = 0; s < 24 * 3600; s += 7) {
            recorder.onRecord(Records.ok(AC, END.minusSeconds(s), 1));
        }
        clock.advance(Duration.ZERO);
        monitor.drain();
        assertThat(monitor.bytes()).isLessThan(3_000_000L).isGreaterThan(one);
    }

    private static double nearestRank(double[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }
}

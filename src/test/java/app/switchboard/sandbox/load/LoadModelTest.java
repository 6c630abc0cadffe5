package app.switchboard.sandbox.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The latency distribution keeps its configured mean; background load moves, spikes, and can be turned off. */
class LoadModelTest {

    @Test
    void latencyMeanMatchesTheConfiguredMeanAndHasASlowTail() {
        LatencyModel model = new LatencyModel(50);
        double[] samples = new double[200_000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = model.sampleMillis();
        }
        double mean = Arrays.stream(samples).average().orElseThrow();
        assertEquals(50, mean, 1.5, "a benchmark's ideal time relies on this mean");
        Arrays.sort(samples);
        double p50 = samples[samples.length / 2];
        double p99 = samples[samples.length * 99 / 100];
        assertTrue(p99 > 3 * p50, "slow tail: p50=" + p50 + " p99=" + p99);
        assertEquals(0, new LatencyModel(0).sampleMillis());
    }

    @Test
    void backgroundLoadRisesFallsAndSpikesWithinBounds() {
        BackgroundLoad load = new BackgroundLoad(100, 42, true);
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (long ms = 0; ms < 30 * 60_000; ms += 1000) {
            int value = load.at(ms);
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        assertTrue(min < 20 && max > 60 && max <= 100, "min=" + min + " max=" + max);
        assertEquals(load.at(123_456), new BackgroundLoad(100, 42, true).at(123_456), "deterministic per seed");
        assertEquals(0, new BackgroundLoad(100, 42, false).at(123_456));
    }

    @Test
    void gateAdmitsUpToTheCapAndCountsBackgroundLoad() {
        AtomicLong clock = new AtomicLong();
        ConcurrencyGate gate = new ConcurrencyGate(2, new BackgroundLoad(2, 1, false), clock::get);
        assertEquals(1, gate.tryAcquire("AC1"));
        assertEquals(2, gate.tryAcquire("AC1"));
        assertTrue(gate.tryAcquire("AC1") < 0, "third in flight is refused");
        assertEquals(1, gate.tryAcquire("AC2"), "the cap is per account");
        gate.release("AC1");
        assertEquals(2, gate.tryAcquire("AC1"));
    }
}

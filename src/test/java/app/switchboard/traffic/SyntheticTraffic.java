package app.switchboard.traffic;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * Realistic load for view snapshots: a daily-ish wave of concurrency, log-normal durations with a network
 * share on top, occasional 5xx, and a 429 storm when concurrency is pushed past the account's cap.
 */
public final class SyntheticTraffic {

    private SyntheticTraffic() {
    }

    /** {@code perSecond} records per second for {@code length} ending at {@code end}; 429s above {@code cap}. */
    public static void feed(TrafficRecorder recorder, String account, Instant end, Duration length, int perSecond,
                            int base, int cap, long seed) {
        Random random = new Random(seed);
        long seconds = length.toSeconds();
        double level = base;
        for (long s = 0; s < seconds; s++) {
            Instant second = end.minusSeconds(seconds - s);
            double phase = (double) s / seconds;
            // a surge two thirds in, pushing past the cap for a while
            double surge = phase > 0.62 && phase < 0.72 ? cap * 0.8 : 0;
            level += (base + surge - level) * 0.08 + random.nextGaussian() * 2.5;
            for (int i = 0; i < perSecond; i++) {
                int concurrent = (int) Math.max(1, Math.round(level + random.nextGaussian() * 3));
                boolean throttled = concurrent > cap;
                int status = throttled ? 429 : random.nextInt(300) == 0 ? 503 : random.nextInt(120) == 0 ? 404 : 200;
                double server = (0.045 + Math.exp(random.nextGaussian() * 0.5) * 0.06) * (1 + level / (cap * 2.0));
                double roundTrip = server * 1000 + 35 + Math.abs(random.nextGaussian()) * 25;
                recorder.onRecord(Records.record(account, second.plusMillis(i * 1000L / perSecond), status,
                        Math.min(concurrent, cap), throttled ? null : server, roundTrip));
            }
        }
    }
}

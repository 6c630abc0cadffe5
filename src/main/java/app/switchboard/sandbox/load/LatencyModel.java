package app.switchboard.sandbox.load;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Server-side processing time: log-normal around a configured mean with a slow tail (3 % of requests take about
 * five times longer). The parameters are scaled so the overall mean equals the configured mean exactly, which
 * lets a benchmark compute its ideal time as requests x mean / cap.
 */
public final class LatencyModel {
    private static final double SIGMA = 0.35;
    private static final double TAIL_SHARE = 0.03;
    private static final double TAIL_FACTOR = 5.0;

    private final double meanMillis;
    private final double baseMu;

    public LatencyModel(double meanMillis) {
        this.meanMillis = meanMillis;
        double baseMean = meanMillis / (1 - TAIL_SHARE + TAIL_SHARE * TAIL_FACTOR);
        this.baseMu = Math.log(Math.max(baseMean, 1e-6)) - SIGMA * SIGMA / 2;
    }

    public double meanMillis() {
        return meanMillis;
    }

    /** A processing time in milliseconds. */
    public double sampleMillis() {
        if (meanMillis <= 0) {
            return 0;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        double value = Math.exp(baseMu + SIGMA * random.nextGaussian());
        return random.nextDouble() < TAIL_SHARE ? value * TAIL_FACTOR : value;
    }
}

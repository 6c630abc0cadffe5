package app.switchboard.traffic;

/**
 * A fixed-bin logarithmic histogram of durations in milliseconds, stored as a plain {@code int[]} so a
 * bucket of a time series costs one small array and two buckets merge by adding arrays.
 *
 * <p>Bins grow by 10 %, so a percentile read back from the bins is within {@link #RELATIVE_ERROR} of the
 * true sample value (for values above 0.1 ms) (the bin's geometric midpoint is reported). Values from 0.1 ms to about 15 minutes are
 * resolved; smaller ones fall in the first bin, larger ones in the last.
 */
public final class DurationHistogram {

    /** Largest relative error of a percentile read from the bins: sqrt(1.1) - 1. */
    public static final double RELATIVE_ERROR = 0.049;
    public static final int BINS = 170;

    private static final double MIN_MS = 0.1;
    private static final double GROWTH = 1.1;
    private static final double LOG_GROWTH = Math.log(GROWTH);

    private DurationHistogram() {
    }

    /** The bin of a finite, non-negative duration. */
    public static int bin(double millis) {
        if (millis <= MIN_MS) {
            return 0;
        }
        double bin = 1 + Math.floor(Math.log(millis / MIN_MS) / LOG_GROWTH);
        return (int) Math.min(bin, BINS - 1); // clamp in double: a huge value must not overflow the int
    }

    /** The value reported for a bin: the geometric middle of its range. */
    public static double value(int bin) {
        if (bin == 0) {
            return MIN_MS;
        }
        return MIN_MS * Math.pow(GROWTH, bin - 1) * Math.sqrt(GROWTH);
    }

    /** True for a duration the histogram can hold (headers may carry garbage). */
    public static boolean accepts(double millis) {
        return Double.isFinite(millis) && millis >= 0;
    }

    /**
     * Fills {@code out} with the percentiles {@code quantiles} (0..1) of the counts, NaN when empty.
     * One pass over the bins answers all quantiles, which must be ascending.
     */
    public static void percentiles(int[] counts, double[] quantiles, double[] out) {
        long total = 0;
        for (int c : counts) {
            total += c;
        }
        if (total == 0) {
            java.util.Arrays.fill(out, Double.NaN);
            return;
        }
        int q = 0;
        long seen = 0;
        for (int bin = 0; bin < counts.length && q < quantiles.length; bin++) {
            seen += counts[bin];
            while (q < quantiles.length && seen >= rank(quantiles[q], total)) {
                out[q++] = value(bin);
            }
        }
    }

    /** The 1-based rank of a quantile: the smallest sample at or above that share ("nearest rank"). */
    static long rank(double quantile, long total) {
        return Math.max(1, (long) Math.ceil(quantile * total));
    }
}

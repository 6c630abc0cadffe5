package app.switchboard.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationHistogramTest {

    @Test
    void everyValueIsReportedWithinTheStatedError() {
        for (double v = 0.11; v < 800_000; v *= 1.013) {
            double reported = DurationHistogram.value(DurationHistogram.bin(v));
            assertThat(Math.abs(reported - v) / v).as("value %s", v).isLessThanOrEqualTo(DurationHistogram.RELATIVE_ERROR);
        }
    }

    @Test
    void binsAreMonotonicAndClamped() {
        assertThat(DurationHistogram.bin(0)).isZero();
        assertThat(DurationHistogram.bin(Double.MAX_VALUE)).isEqualTo(DurationHistogram.BINS - 1);
        assertThat(DurationHistogram.bin(100)).isLessThan(DurationHistogram.bin(111));
        assertThat(DurationHistogram.accepts(Double.NaN)).isFalse();
        assertThat(DurationHistogram.accepts(-1)).isFalse();
    }

    @Test
    void percentilesOfAnEmptyHistogramAreNaN() {
        double[] out = new double[2];
        DurationHistogram.percentiles(new int[DurationHistogram.BINS], new double[] {0.5, 0.99}, out);
        assertThat(out).containsOnly(Double.NaN);
    }
}

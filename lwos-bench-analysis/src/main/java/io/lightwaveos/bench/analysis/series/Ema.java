package io.lightwaveos.bench.analysis.series;

/**
 * Exponential moving average: {@code ema[0] = x[0]}, {@code ema[i] = a x[i] + (1 - a) ema[i-1]}.
 */
public final class Ema {

    /** The default smoothing factor a. */
    public static final double DEFAULT_ALPHA = 0.2;

    private Ema() {
    }

    /** The EMA of {@code values} with a = {@link #DEFAULT_ALPHA}; same length as the input. */
    public static double[] of(double[] values) {
        return of(values, DEFAULT_ALPHA);
    }

    /**
     * The EMA of {@code values} with smoothing factor {@code alpha} (1 = no smoothing); same length
     * as the input, empty for an empty input.
     *
     * @throws IllegalArgumentException unless {@code 0 < alpha <= 1}, or if a value is NaN or infinite
     */
    public static double[] of(double[] values, double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be > 0 and <= 1, got " + alpha);
        }
        FiniteValues.require("values", values);
        double[] out = new double[values.length];
        if (values.length == 0) {
            return out;
        }
        double keep = 1 - alpha;
        double e = values[0];
        out[0] = e;
        for (int i = 1; i < values.length; i++) {
            e = alpha * values[i] + keep * e;
            out[i] = e;
        }
        return out;
    }
}

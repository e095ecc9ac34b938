package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.metric.Metric;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Device-like series for the analysis benchmarks: every metric of the registry, autocorrelated
 * (AR(1), as the device's EMA smoothing makes them), floats widened to double for the timing
 * averages and CPU load, whole microseconds for the peaks.
 */
final class SeriesData {

    private SeriesData() {
    }

    /** {@code n} samples of every metric, deterministic for a seed. */
    static Map<Metric, double[]> run(int n, long seed, double shift) {
        SplittableRandom r = new SplittableRandom(seed);
        Map<Metric, double[]> m = new EnumMap<>(Metric.class);
        m.put(Metric.AVG_TOTAL_US, floats(r, n, 150 + shift, 5, 0.8));
        m.put(Metric.AVG_GOERTZEL_US, floats(r, n, 70, 2, 0.8));
        m.put(Metric.CPU_LOAD_PERCENT, floats(r, n, 0.75, 0.03, 0.8));
        m.put(Metric.PEAK_TOTAL_US, whole(r, n, 260 + shift, 40));
        m.put(Metric.PEAK_GOERTZEL_US, whole(r, n, 100, 6));
        m.put(Metric.AVG_DC_AGC_US, floats(r, n, 22, 1, 0.7));
        m.put(Metric.AVG_CHROMA_US, floats(r, n, 34, 2, 0.7));
        return m;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double[] floats(SplittableRandom r, int n, double mean, double sd, double phi) {
        double[] x = new double[n];
        double e = 0;
        double innovation = sd * Math.sqrt(1 - phi * phi);
        for (int i = 0; i < n; i++) {
            e = phi * e + innovation * gaussian(r);
            x[i] = (float) (mean + e);
        }
        return x;
    }

    private static double[] whole(SplittableRandom r, int n, double mean, double sd) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.round(mean + sd * Math.abs(gaussian(r)));
        }
        return x;
    }
}

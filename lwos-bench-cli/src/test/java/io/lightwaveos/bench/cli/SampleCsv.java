package io.lightwaveos.bench.cli;

import java.time.Instant;
import java.util.SplittableRandom;

/** Sample files in the older Python tool's CSV shape (its ten columns), written by tests. */
public final class SampleCsv {

    /** The Python tool's header: the ten columns import needs. */
    public static final String HEADER = "timestamp_utc,timestamp_ms,avg_total_us,avg_goertzel_us,peak_total_us,"
            + "peak_goertzel_us,cpu_load_percent,hop_count,goertzel_count,flags\n";

    private SampleCsv() {
    }

    /**
     * A CSV of the given series (equal lengths), one row per index, 100 ms apart from
     * 2026-11-26T10:00:00Z. Float values are written in their shortest float32 form, so they read
     * back to exactly the same float.
     */
    public static String of(double[] avgTotal, double[] avgGoertzel, double[] cpu, double[] peakTotal,
            double[] peakGoertzel) {
        StringBuilder b = new StringBuilder(HEADER);
        Instant t0 = Instant.parse("2026-11-26T10:00:00Z");
        for (int i = 0; i < avgTotal.length; i++) {
            b.append(t0.plusMillis(100L * i)).append(',')
                    .append(1000 + 100L * i).append(',')
                    .append((float) avgTotal[i]).append(',')
                    .append((float) avgGoertzel[i]).append(',')
                    .append((long) peakTotal[i]).append(',')
                    .append((long) peakGoertzel[i]).append(',')
                    .append((float) cpu[i]).append(',')
                    .append(50L * i).append(',')
                    .append(i / 2).append(',')
                    .append(3).append('\n');
        }
        return b.toString();
    }

    /**
     * {@code n} seeded rows whose avg_total_us is around {@code meanTotalUs} (2 µs noise) and
     * whose other metrics do not depend on the mean.
     */
    public static String synthetic(int n, double meanTotalUs, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] total = new double[n];
        double[] goertzel = new double[n];
        double[] cpu = new double[n];
        double[] peak = new double[n];
        double[] peakG = new double[n];
        for (int i = 0; i < n; i++) {
            total[i] = meanTotalUs + r.nextGaussian() * 2;
            goertzel[i] = 75 + r.nextGaussian() * 2;
            cpu[i] = 35 + r.nextGaussian();
            peak[i] = 300 + r.nextInt(50);
            peakG[i] = 100 + r.nextInt(20);
        }
        return of(total, goertzel, cpu, peak, peakG);
    }
}

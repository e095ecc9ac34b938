package io.lightwaveos.bench.run;

import io.lightwaveos.bench.metric.Metric;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link QualityReason#SHORT} run would have needed to be clean: how many samples, and how
 * many seconds at the rate it was collected at.
 *
 * <p>n_eff = n (1 − r1) / (1 + r1) grows in proportion to n for a given lag-1 autocorrelation r1,
 * so a run of the same device and workload reaches {@link RunQuality#MIN_N_EFF} after
 * n × MIN_N_EFF / n_eff samples. That is an estimate (r1 is itself estimated from the short run),
 * hence the "≈" in {@link #text()}.
 *
 * @param nEff          the run's n_eff of avg_total_us, NaN when it has none (fewer than 2 samples)
 * @param samplesNeeded samples for n_eff to reach {@link RunQuality#MIN_N_EFF}, rounded up; 0 when
 *                      n_eff is unknown
 * @param rate          frames per second observed over the run (samples / duration), NaN when the
 *                      run has no duration
 * @param secondsNeeded seconds of collection at {@code rate} for {@code samplesNeeded}, rounded up;
 *                      NaN when the rate is unknown
 */
public record CleanRunNeeds(double nEff, long samplesNeeded, double rate, double secondsNeeded) {

    /**
     * The needs of a short run; empty when the run is not {@link QualityReason#SHORT}.
     */
    public static Optional<CleanRunNeeds> of(Run run) {
        if (!run.quality().reasons().contains(QualityReason.SHORT)) {
            return Optional.empty();
        }
        Map<String, Double> stats = run.cachedStats().get(Metric.AVG_TOTAL_US.id());
        Double nEff = stats == null ? null : stats.get(RunQuality.N_EFF_STAT);
        if (nEff == null || !(nEff > 0)) {
            return Optional.of(new CleanRunNeeds(Double.NaN, 0, Double.NaN, Double.NaN));
        }
        long samplesNeeded = (long) Math.ceil(run.sampleCount() * RunQuality.MIN_N_EFF / nEff);
        double seconds = run.endedAt() == null ? 0
                : Duration.between(run.startedAt(), run.endedAt()).toMillis() / 1000.0;
        double rate = seconds > 0 && run.sampleCount() > 0 ? run.sampleCount() / seconds : Double.NaN;
        double secondsNeeded = Double.isNaN(rate) ? Double.NaN : Math.ceil(samplesNeeded / rate);
        return Optional.of(new CleanRunNeeds(nEff, samplesNeeded, rate, secondsNeeded));
    }

    /**
     * {@code n_eff 23.6 of 30 needed; collect ≈ 45 s at 10.0 frames/s for a clean run}, or with an
     * unknown rate {@code ... collect ≈ 1,270 samples for a clean run}, or
     * {@code n_eff unknown; a clean run needs n_eff 30} without n_eff (fewer than 2 samples).
     */
    public String text() {
        if (Double.isNaN(nEff)) {
            return "n_eff unknown; a clean run needs n_eff " + needed();
        }
        String head = String.format(Locale.ROOT, "n_eff %.1f of %s needed; collect ≈ ", nEff, needed());
        if (Double.isNaN(secondsNeeded)) {
            return head + String.format(Locale.ROOT, "%,d samples for a clean run", samplesNeeded);
        }
        return head + String.format(Locale.ROOT, "%,d s at %.1f frames/s for a clean run", (long) secondsNeeded, rate);
    }

    private static String needed() {
        double min = RunQuality.MIN_N_EFF;
        return min == Math.rint(min) ? Long.toString((long) min) : Double.toString(min);
    }
}

package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.formats.regression.MeasureGate;
import io.lightwaveos.bench.formats.regression.MeasureVerdict;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.run.Run;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A run's measures gated against a LightwaveOS baseline, with what the reports name.
 *
 * @param run              the run
 * @param baselineName     the baseline file as the user named it
 * @param suite            the suite whose measures were gated
 * @param scriptThresholds whether the baseline declares no {@code _thresholds}, so the script's
 *                         built-in table was used
 * @param result           the verdicts
 * @param notGated         the run's measures of other suites, which the baseline does not gate
 * @param baselineUnits    the unit of each baseline key as the baseline's reader knows it (a native
 *                         measure's), for a key the run is missing
 */
public record LightwaveOsCheckReport(Run run, String baselineName, String suite, boolean scriptThresholds,
        MeasureGate.Result result, List<Measure> notGated, Map<String, String> baselineUnits) {

    /** Copies the list. */
    public LightwaveOsCheckReport {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(baselineName, "baselineName");
        Objects.requireNonNull(suite, "suite");
        Objects.requireNonNull(result, "result");
        notGated = List.copyOf(notGated);
        baselineUnits = Map.copyOf(baselineUnits);
    }

    /** The unit of a verdict's measure: the run's, or for a key the run is missing the baseline's; {@code ""} when unknown. */
    public String unitOf(MeasureVerdict v) {
        return v.runMeasure().map(Measure::unit).orElse(baselineUnits.getOrDefault(v.key(), ""));
    }
}

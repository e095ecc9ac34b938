package io.lightwaveos.bench.formats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasureGateTest {

    private static final Map<String, Threshold> THRESHOLDS = RegressionCheck.SCRIPT_THRESHOLDS;

    private static Map<String, Double> baseline() {
        Map<String, Double> b = new LinkedHashMap<>();
        b.put("snr_db", 40.0);
        b.put("latency_ms", 10.0);
        b.put("sample_rate_hz", 44100.0);
        return b;
    }

    private static Measure single(String name, double value, Direction d) {
        return Measure.of("native", name, "", d, value);
    }

    @Test
    void singleValuesAreDecidedExactlyAsTheScriptDecides() {
        List<Measure> run = List.of(single("snr_db", 36, Direction.HIGHER_IS_BETTER),
                single("latency_ms", 13, Direction.LOWER_IS_BETTER), single("sample_rate_hz", 48000, null));
        MeasureGate.Result r = MeasureGate.gate(baseline(), THRESHOLDS, run, m -> {
            throw new AssertionError("no interval for a single value");
        });

        RegressionCheck.Report script = RegressionCheck.check(baseline(), RegressionCheck.valuesOf(run), THRESHOLDS);
        assertThat(r.verdicts()).extracting(MeasureVerdict::severity)
                .containsExactlyElementsOf(script.verdicts().stream().map(KeyVerdict::severity).toList());
        assertThat(r.verdicts()).extracting(MeasureVerdict::severity)
                .containsExactly(Severity.FAILURE, Severity.FAILURE, Severity.PASS);
        assertThat(r.overall()).isEqualTo(Severity.FAILURE);
        MeasureVerdict snr = r.verdicts().get(0);
        assertThat(snr.warningLimit()).contains(38.0);
        assertThat(snr.failureLimit()).contains(36.0);
        assertThat(snr.message()).isEqualTo("Performance regression: -10.0% decrease (threshold: -10.0%)");
        assertThat(snr.ci95()).isNull();
        assertThat(r.verdicts().get(2).warningLimit()).isEmpty();
    }

    @Test
    void repeatsFailOnlyWhenTheWholeIntervalReachesTheFailureThreshold() {
        Measure latency = Measure.of("native", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 13.0, 13.4, 13.2);
        Map<String, Double> b = Map.of("latency_ms", 10.0);

        MeasureGate.Result sure = MeasureGate.gate(b, THRESHOLDS, List.of(latency), m -> new MeanInterval(13.1, 13.3, 3));
        assertThat(sure.verdicts().get(0).severity()).isEqualTo(Severity.FAILURE);
        assertThat(sure.verdicts().get(0).possibleFailure()).isFalse();

        MeasureGate.Result onTheLimit = MeasureGate.gate(b, THRESHOLDS, List.of(latency), m -> new MeanInterval(13.0, 13.4, 3));
        assertThat(onTheLimit.verdicts().get(0).severity()).as("an interval starting on the threshold reaches it")
                .isEqualTo(Severity.FAILURE);

        MeasureGate.Result wide = MeasureGate.gate(b, THRESHOLDS, List.of(latency), m -> new MeanInterval(12.0, 14.4, 3));
        MeasureVerdict v = wide.verdicts().get(0);
        assertThat(v.point().severity()).isEqualTo(Severity.FAILURE);
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.possibleFailure()).isTrue();
        // n × (half-width / allowance)² = 3 × (1.2 / 3)² = 0.48 → 1
        assertThat(v.samplesNeeded()).isEqualTo(1L);
        assertThat(wide.overall()).isEqualTo(Severity.WARNING);
        assertThat(wide.failed(false)).isFalse();
        assertThat(wide.failed(true)).isTrue();
    }

    @Test
    void repeatsOfAHigherIsBetterMeasureLookAtTheUpperEnd() {
        Measure snr = Measure.of("native", "snr_db", "dB", Direction.HIGHER_IS_BETTER, 35, 36, 37);
        Map<String, Double> b = Map.of("snr_db", 40.0);
        assertThat(MeasureGate.gate(b, THRESHOLDS, List.of(snr), m -> new MeanInterval(35, 36, 3)).overall())
                .isEqualTo(Severity.FAILURE);
        assertThat(MeasureGate.gate(b, THRESHOLDS, List.of(snr), m -> new MeanInterval(35, 37, 3)).overall())
                .isEqualTo(Severity.WARNING);
    }

    @Test
    void aWarningOrAPassIsNotChangedByAnInterval() {
        Measure latency = Measure.of("native", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 11.4, 11.8);
        Map<String, Double> b = Map.of("latency_ms", 10.0);
        MeasureVerdict warn = MeasureGate.gate(b, THRESHOLDS, List.of(latency), m -> new MeanInterval(9, 14, 2))
                .verdicts().get(0);
        assertThat(warn.severity()).isEqualTo(Severity.WARNING);
        assertThat(warn.possibleFailure()).isFalse();
        // n × (half-width / allowance)² = 2 × (2.5 / 3)² = 1.39 → 2
        assertThat(warn.samplesNeeded()).isEqualTo(2L);
    }

    @Test
    void missingFailsAndNewWarnsWhateverTheirRepeats() {
        Measure extra = Measure.of("native", "dynamic_range", "", Direction.HIGHER_IS_BETTER, 0.6, 0.62);
        MeasureGate.Result r = MeasureGate.gate(Map.of("latency_ms", 10.0), THRESHOLDS, List.of(extra),
                m -> new MeanInterval(0.5, 0.7, 2));
        assertThat(r.verdicts()).extracting(MeasureVerdict::key).containsExactly("latency_ms", "dynamic_range");
        MeasureVerdict missing = r.verdicts().get(0);
        assertThat(missing.severity()).isEqualTo(Severity.FAILURE);
        assertThat(missing.current()).isEmpty();
        assertThat(missing.runMeasure()).isEmpty();
        assertThat(missing.failureLimit()).contains(13.0);
        MeasureVerdict added = r.verdicts().get(1);
        assertThat(added.severity()).isEqualTo(Severity.WARNING);
        assertThat(added.baseline()).isEmpty();
        assertThat(added.changePercent()).isEmpty();
        assertThat(added.threshold()).isNull();
        assertThat(added.message()).isEqualTo("New metric dynamic_range not in baseline");
    }

    @Test
    void theSuiteHoldingMostKeysIsGatedAndNoOtherIsMixedIn() {
        MeasureSet run = MeasureSet.builder("device").record("cpu_load_percent", 30, "%", Direction.LOWER_IS_BETTER)
                .add(single("cpu_load_percent", 34.8, Direction.LOWER_IS_BETTER))
                .add(single("latency_ms", 8.4, Direction.LOWER_IS_BETTER)).build();
        List<String> keys = List.of("cpu_load_percent", "latency_ms", "snr_db");
        assertThat(MeasureGate.suiteOf(run, keys)).contains("native");
        assertThat(MeasureGate.suiteMeasures(run, keys)).extracting(m -> m.ref().toString())
                .containsExactly("native:cpu_load_percent", "native:latency_ms");
        assertThat(MeasureGate.suiteOf(MeasureSet.empty(), keys)).isEmpty();
        assertThat(MeasureGate.suiteOf(run, List.of("nothing"))).contains("device");
    }

    @Test
    void namesTwiceAreRefused() {
        List<Measure> twice = List.of(single("latency_ms", 1, Direction.LOWER_IS_BETTER),
                Measure.of("other", "latency_ms", "", Direction.LOWER_IS_BETTER, 2));
        assertThatThrownBy(() -> MeasureGate.gate(Map.of(), THRESHOLDS, twice, m -> null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"latency_ms\" is twice");
    }
}

package io.lightwaveos.bench.formats.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.formats.ReadResult;
import io.lightwaveos.bench.formats.ResultFormat;
import io.lightwaveos.bench.formats.testing.ScriptOutputs;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Side by side with {@code detect_regressions.py}: {@code regression/expected.json} holds what the
 * script printed ({@code --format json}: severity, change_percent and message per key, overall
 * status) and its exit code with and without {@code --fail-on-warning}, for each results file
 * under {@code regression/cases/} against the baseline named in the case. The script was run
 * outside the repository (python3 detect_regressions.py BASELINE CASE --format json); only its
 * outputs are recorded here.
 */
class RegressionCheckTest {

    private static final ScriptOutputs SCRIPT = ScriptOutputs.of("/regression/expected.json");
    private static final Path DIR = SCRIPT.dir();

    static Stream<Arguments> cases() {
        return SCRIPT.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void decidesEachKeyAsDetectRegressionsPy(String name, JsonNode expected) throws IOException {
        ReadResult baseline = ResultFormat.LWOS_JSON.read(DIR.resolve(expected.get("baseline").asText()));
        ReadResult current = ResultFormat.LWOS_JSON.read(SCRIPT.caseFile(name));
        Map<String, Threshold> thresholds = RegressionCheck.thresholdsOf(baseline.thresholds());

        RegressionCheck.Report report = RegressionCheck.check(RegressionCheck.valuesOf(baseline.measures()),
                RegressionCheck.valuesOf(current.measures()), thresholds);

        JsonNode results = expected.get("results");
        assertThat(report.verdicts()).hasSize(results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode r = results.get(i);
            KeyVerdict v = report.verdicts().get(i);
            assertThat(v.key()).as("key %d", i).isEqualTo(r.get(0).asText());
            assertThat(v.severity().jsonName()).as(v.key()).isEqualTo(r.get(1).asText());
            assertThat(v.changePercent()).as(v.key()).isEqualTo(ScriptOutputs.python(r.get(2).asText()));
            assertThat(RegressionCheck.message(v, thresholds.get(v.key()))).as(v.key()).isEqualTo(r.get(3).asText());
        }
        assertThat(report.overall().jsonName()).isEqualTo(expected.get("overall").asText());
        assertThat(report.exitCode(false)).isEqualTo(expected.get("exit").asInt());
        assertThat(report.exitCode(true)).isEqualTo(expected.get("exit_fail_on_warning").asInt());
    }

    @Test
    void parityCoversAtLeastTenCasesWithEveryOutcome() {
        List<JsonNode> all = SCRIPT.cases();
        assertThat(all.size()).isGreaterThanOrEqualTo(10);
        List<String> overall = new ArrayList<>();
        all.forEach(c -> overall.add(c.get("overall").asText()));
        assertThat(overall).contains("pass", "warning", "failure");
    }

    @Test
    void scriptTableEqualsTheBaselinesThresholds() throws IOException {
        ReadResult baseline = ResultFormat.LWOS_JSON.read(DIR.resolve("baseline.json"));
        assertThat(baseline.thresholds()).containsExactlyEntriesOf(RegressionCheck.SCRIPT_THRESHOLDS);
    }

    @Test
    void formatsLikePythonsFixedOneDecimal() {
        assertThat(RegressionCheck.fixed1(0.15)).isEqualTo("0.1");
        assertThat(RegressionCheck.fixed1(0.25)).isEqualTo("0.2");
        assertThat(RegressionCheck.fixed1(-10.000000000000002)).isEqualTo("-10.0");
        assertThat(RegressionCheck.fixed1(-0.04)).isEqualTo("-0.0");
        assertThat(RegressionCheck.fixed1(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void valuesOfRefusesToMixSuites() {
        MeasureSet mixed = MeasureSet.builder("native").record("cpu_load_percent", 34.8, "%", Direction.LOWER_IS_BETTER)
                .add(Measure.of("vitals", "cpu_load_percent", "%", Direction.LOWER_IS_BETTER, 30)).build();
        assertThatThrownBy(() -> RegressionCheck.valuesOf(mixed))
                .hasMessage("\"cpu_load_percent\" is in two suites (native:cpu_load_percent, vitals:cpu_load_percent);"
                        + " compare one suite's measures");
        MeasureSet repeats = MeasureSet.builder("native").record("latency_ms", new double[] {8, 9}, "ms", Direction.LOWER_IS_BETTER).build();
        assertThat(RegressionCheck.valuesOf(repeats)).containsEntry("latency_ms", 8.5);
    }
}

package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JmhReaderTest {

    /** jmh-frame-decode.json is this project's own JMH run: FrameDecodeBenchmark, -f 1 -wi 1 -i 3, -rf json. */
    @Test
    void readsEveryIterationOfThisProjectsJmhRunAsRepeats() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.JMH, "jmh-frame-decode.json");
        assertThat(r.measures().measures()).extracting(Measure::name).containsExactly(
                "io.lightwaveos.bench.jmh.FrameDecodeBenchmark.baseline",
                "io.lightwaveos.bench.jmh.FrameDecodeBenchmark.flyweightCompact",
                "io.lightwaveos.bench.jmh.FrameDecodeBenchmark.flyweightValidate",
                "io.lightwaveos.bench.jmh.FrameDecodeBenchmark.materialiseCompact",
                "io.lightwaveos.bench.jmh.FrameDecodeBenchmark.materialiseExtended");
        Measure baseline = r.measures().get("jmh", "io.lightwaveos.bench.jmh.FrameDecodeBenchmark.baseline").orElseThrow();
        assertThat(baseline.values()).containsExactly(2365.0793348877164, 3.3901923158802187, 2.251333605763044);
        assertThat(baseline.mean()).isCloseTo(790.2402869364532, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(baseline.unit()).isEqualTo("ns/op");
        assertThat(baseline.direction()).contains(Direction.LOWER_IS_BETTER);
        assertThat(r.context()).containsEntry("jmh.version", "1.37").containsEntry("jmh.jdk_version", "17.0.15");
    }

    @Test
    void paramsModesAndSecondaryMetricsAreNamedApart() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.JMH, "jmh-params-modes.json");
        String name = "io.lightwaveos.bench.jmh.SummaryBenchmark.summary(samples=10000)";
        assertThat(r.measures().measures()).extracting(Measure::name).containsExactly(
                name + " [thrpt]", name + " [thrpt]:gc.alloc.rate.norm", name + " [sample]");
        Measure thrpt = r.measures().get("jmh", name + " [thrpt]").orElseThrow();
        assertThat(thrpt.values()).as("fork by fork").containsExactly(1500, 1521, 1520, 1541);
        assertThat(thrpt.direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(r.measures().get("jmh", name + " [thrpt]:gc.alloc.rate.norm").orElseThrow().unit()).isEqualTo("B/op");
        Measure sample = r.measures().get("jmh", name + " [sample]").orElseThrow();
        assertThat(sample.values()).as("sample mode has a histogram, not rawData: the score").containsExactly(0.000658);
    }

    @Test
    void badResultsAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.JMH, "jmh.json", "[\n{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\",\n"
                + "\"primaryMetric\": {\"score\": 1, \"scoreUnit\": \"ns/op\",\n\"rawData\": [[1.0, \"NaN\"]]}}]"))
                .hasMessage("jmh.json:4: [0].primaryMetric.rawData[0][1]: expected an iteration's value, got the string \"NaN\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.JMH, "jmh.json", "[{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\"}]"))
                .hasMessage("jmh.json:1: [0]: expected \"primaryMetric\" (the score), found none");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.JMH, "jmh.json", "[{\"benchmark\": 3, \"mode\": \"avgt\"}]"))
                .hasMessage("jmh.json:1: [0].benchmark: expected the benchmark's name as a string, got the number 3");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.JMH, "jmh.json", "[{\"benchmark\": \"a\\nb\", \"mode\": \"avgt\","
                + " \"primaryMetric\": {\"score\": 1, \"scoreUnit\": \"ns/op\"}}]"))
                .hasMessageContaining("a measure name must not hold control characters, got \"a\\nb\"");
        String entry = "{\"benchmark\": \"a.B.c\", \"mode\": \"avgt\", \"primaryMetric\": {\"score\": 1, \"scoreUnit\": \"ns/op\"}}";
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.JMH, "jmh.json", "[" + entry + ",\n" + entry + "]"))
                .hasMessage("jmh.json:2: [1]: the benchmark a.B.c in mode avgt appears twice");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.JMH, "jmh.json", "[" + entry))
                .hasMessageStartingWith("jmh.json:1: unreadable JSON: Unexpected end-of-input");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.JMH, "jmh.json", "[]"))
                .hasMessage("jmh.json:1: found no benchmark: the array is empty");
    }
}

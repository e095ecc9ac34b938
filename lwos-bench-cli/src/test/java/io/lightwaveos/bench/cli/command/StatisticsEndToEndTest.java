package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import io.lightwaveos.bench.testing.VectorFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statistics path end to end: the two series of each {@code stats.json} case are written as
 * CSV, imported as runs, compared with {@code compare --format json}, and every number of the
 * document is checked against scipy's to 1e-9 relative.
 */
class StatisticsEndToEndTest {

    private static final double RELATIVE = 1e-9;
    private static final List<String> METRICS = List.of("avg_total_us", "avg_goertzel_us", "cpu_load_percent",
            "peak_total_us", "peak_goertzel_us");
    /** Summary field → key of the expected percentiles, or null for a top-level expected field. */
    private static final Map<String, String> PERCENTILES = Map.of("median", "50", "p50", "50", "p90", "90",
            "p95", "95", "p99", "99", "p99_9", "99.9");

    @TempDir
    Path dir;

    static Stream<Integer> cases() throws Exception {
        return IntStream.range(0, vectors().get("cases").size()).boxed();
    }

    private static JsonNode vectors() throws Exception {
        return new ObjectMapper().readTree(VectorFiles.file("stats.json").toFile());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void compareJsonMatchesScipy(int index) throws Exception {
        JsonNode c = vectors().get("cases").get(index);
        String db = dir.resolve("bench.db").toString();
        for (String side : List.of("a", "b")) {
            JsonNode data = c.get("data").get(side);
            Path csv = dir.resolve(side + ".csv");
            Files.writeString(csv, SampleCsv.of(values(data, "avg_total_us"), values(data, "avg_goertzel_us"),
                    values(data, "cpu_load_percent"), values(data, "peak_total_us"), values(data, "peak_goertzel_us")));
            CliRunner.Result imported = CliRunner.run("--db", db, "import", csv.toString(), "--run-name", "case-" + side);
            assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.OK);
        }

        CliRunner.Result r = CliRunner.run("--db", db, "compare", "case-a", "case-b", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/compare/v2");
        assertThat(doc.get("run_a").get("name").asText()).isEqualTo("case-a");
        assertThat(doc.get("run_b").get("sample_count").asLong()).isEqualTo(c.get("data").get("b").get("avg_total_us").size());
        assertThat(doc.get("metrics")).extracting(m -> m.get("metric").asText()).containsExactlyElementsOf(METRICS);

        List<String> checked = new ArrayList<>();
        for (JsonNode m : doc.get("metrics")) {
            String metric = m.get("metric").asText();
            JsonNode expected = c.get("metrics").get(metric);
            for (String side : List.of("a", "b")) {
                JsonNode want = expected.get(side);
                JsonNode got = m.get(side);
                assertThat(got.get("n").asLong()).isEqualTo(want.get("n").asLong());
                for (String field : List.of("mean", "std", "min", "max", "mad", "lag1_autocorrelation", "n_eff",
                        "median", "p50", "p90", "p95", "p99", "p99_9")) {
                    JsonNode w = PERCENTILES.containsKey(field) ? want.get("percentiles").get(PERCENTILES.get(field))
                            : want.get(field);
                    close(metric + "." + side + "." + field, got.get(field), w);
                }
            }
            JsonNode want = expected.get("compare");
            for (String field : List.of("mean_diff", "relative_change", "cohens_d", "hedges_g")) {
                close(metric + "." + field, m.get(field), want.get(field));
            }
            for (String test : List.of("welch", "student", "mann_whitney", "adjusted")) {
                want.get(test).fieldNames().forEachRemaining(field -> {
                    // The shared vectors adjust over every metric, cpu_load_percent included; compare/v2 leaves
                    // the derived metric out of the family (checked against our own scipy cases in analysis).
                    if (!field.equals("p_holm")) {
                        close(metric + "." + test + "." + field, m.get(test).get(field), want.get(test).get(field));
                        checked.add(metric + "." + test + "." + field);
                    }
                });
            }
        }
        assertThat(checked).contains("avg_total_us.adjusted.p", "cpu_load_percent.mann_whitney.u");
        JsonNode total = doc.get("metrics").get(0);
        JsonNode cpu = doc.get("metrics").get(2);
        assertThat(cpu.get("derived_from").asText()).isEqualTo("avg_total_us");
        assertThat(cpu.get("adjusted").get("p_holm").asDouble()).isEqualTo(total.get("adjusted").get("p_holm").asDouble());
    }

    private static void close(String what, JsonNode actual, JsonNode expected) {
        assertThat(actual).as(what).isNotNull();
        if (expected == null || expected.isNull()) {
            assertThat(actual.isNull()).as(what + " is null").isTrue();
            return;
        }
        double e = expected.asDouble();
        double a = actual.asDouble();
        assertThat(actual.isNumber()).as(what + " is a number").isTrue();
        assertThat(Math.abs(a - e)).as(what + ": expected " + e + ", got " + a).isLessThanOrEqualTo(RELATIVE * Math.abs(e));
    }

    private static double[] values(JsonNode series, String metric) {
        JsonNode a = series.get(metric);
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}

package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.TempStore;
import io.lightwaveos.bench.cli.SampleCsv;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code check RUN --baseline FILE} with a LightwaveOS baseline: which kind a file is, what the
 * reports say, repeats, and bad files. (The decisions themselves are checked against
 * {@code detect_regressions.py} in {@link LightwaveOsCheckParityTest}.)
 */
class LightwaveOsCheckTest extends TempStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The shape of the LightwaveOS repository's firmware-v3/test/baseline/benchmark_baseline.json. */
    private static final String BASELINE = """
            {
              "snr_db": 45.0,
              "false_trigger_rate": 2.5,
              "cpu_load_percent": 35.0,
              "latency_ms": 8.5,
              "memory_usage_kb": 128.0,
              "sample_rate_hz": 44100,
              "buffer_size": 512,
              "_metadata": { "description": "Baseline audio benchmark metrics", "platform": "ESP32-S3 @ 240MHz" },
              "_thresholds": {
                "snr_db": { "warning": "-5%", "failure": "-10%", "direction": "higher_is_better" },
                "false_trigger_rate": { "warning": "+50%", "failure": "+100%", "direction": "lower_is_better" },
                "cpu_load_percent": { "warning": "+20%", "failure": "+40%", "direction": "lower_is_better" },
                "latency_ms": { "warning": "+15%", "failure": "+30%", "direction": "lower_is_better" },
                "memory_usage_kb": { "warning": "+25%", "failure": "+50%", "direction": "lower_is_better" }
              }
            }
            """;


    private void importResults(String runName, String json) throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file(runName + ".json", json), "--format", "lwos-json",
                "--run-name", runName);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
    }

    private static final String RESULTS = """
            {"snr_db": 44.1, "false_trigger_rate": 2.3, "cpu_load_percent": 34.8, "latency_ms": 11.05,
             "memory_usage_kb": 127.5, "sample_rate_hz": 44100, "buffer_size": 512, "dynamic_range": 0.62}
            """;

    @Test
    void theLightwaveOsBaselineGatesTheRunsMeasuresAsTheScriptDoes() throws Exception {
        importResults("native", RESULTS);
        String baseline = file("benchmark_baseline.json", BASELINE);

        CliRunner.Result r = CliRunner.run("--db", db(), "check", "native", "--baseline", baseline);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(r.out()).startsWith("check ").contains("\"native\" against " + baseline
                + " (LightwaveOS baseline, measures of suite native): FAIL\n");
        assertThat(r.out()).contains("measure", "unit", "baseline", "value", "95 % CI", "change", "warn limit",
                "fail limit", "status");
        assertThat(line(r, "latency_ms")).contains("ms", "8.50", "11.05", "+2.55 (+30.0 %)", "9.77").endsWith("fail");
        assertThat(line(r, "snr_db")).endsWith("pass");
        assertThat(line(r, "sample_rate_hz")).endsWith("pass (no threshold)");
        assertThat(line(r, "dynamic_range")).endsWith("warn (new)");
        assertThat(r.out()).contains("latency_ms: Performance regression: 30.0% increase (threshold: 30.0%)\n")
                .contains("dynamic_range: New metric dynamic_range not in baseline\n");
        assertThat(r.err()).isEqualTo("lwos-bench: check failed: latency_ms against the LightwaveOS baseline "
                + baseline + "\n");
    }

    @Test
    void aNewMeasureWarnsAndFailsOnlyWithStrict() throws Exception {
        importResults("native", RESULTS.replace("11.05", "8.6"));
        String baseline = file("benchmark_baseline.json", BASELINE);
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "native", "--baseline", baseline);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("): WARN\n");

        CliRunner.Result strict = CliRunner.run("--db", db(), "check", "native", "--baseline", baseline, "--strict");
        assertThat(strict.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(strict.out()).contains("): WARN (fails with --strict)\n");
        assertThat(strict.err()).isEqualTo("lwos-bench: check failed (--strict): dynamic_range (new) against the"
                + " LightwaveOS baseline " + baseline + "\n");
    }

    @Test
    void jsonIsTheCheckDocumentWithTheScriptsWordsPerKey() throws Exception {
        importResults("native", RESULTS.replace("\"latency_ms\": 11.05,", ""));
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "native", "--baseline",
                file("benchmark_baseline.json", BASELINE), "--format", "json");
        assertThat(r.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/check/v2");
        assertThat(doc.get("run").get("name").asText()).isEqualTo("native");
        assertThat(doc.get("baseline").get("kind").asText()).isEqualTo("lightwaveos");
        assertThat(doc.get("baseline").get("suite").asText()).isEqualTo("native");
        assertThat(doc.get("baseline").get("script_thresholds").asBoolean()).isFalse();
        assertThat(doc.get("result").asText()).isEqualTo("fail");
        JsonNode snr = doc.get("metrics").get(0);
        assertThat(snr.get("metric").asText()).isEqualTo("snr_db");
        assertThat(snr.get("unit").asText()).isEqualTo("dB");
        assertThat(snr.get("direction").asText()).isEqualTo("higher_is_better");
        assertThat(snr.get("stat").asText()).isEqualTo("value");
        assertThat(snr.get("n").asInt()).isEqualTo(1);
        assertThat(snr.get("value").asDouble()).isEqualTo(44.1);
        assertThat(snr.get("warning_threshold").asText()).isEqualTo("-5%");
        assertThat(snr.get("failure_limit").asDouble()).isEqualTo(40.5);
        assertThat(snr.get("status").asText()).isEqualTo("pass");
        assertThat(snr.get("reason").isNull()).isTrue();
        assertThat(snr.get("message").asText()).isEqualTo("Performance maintained");
        JsonNode latency = doc.get("metrics").get(3);
        assertThat(latency.get("metric").asText()).isEqualTo("latency_ms");
        assertThat(latency.get("value").isNull()).isTrue();
        assertThat(latency.get("unit").asText()).as("the baseline's unit for a missing key").isEqualTo("ms");
        assertThat(latency.get("n").isNull()).isTrue();
        assertThat(latency.get("change_percent").isNull()).isTrue();
        assertThat(latency.get("status").asText()).isEqualTo("fail");
        assertThat(latency.get("reason").asText()).isEqualTo("missing");
        assertThat(latency.get("message").asText()).isEqualTo("Metric latency_ms missing from current results");
        JsonNode added = doc.get("metrics").get(7);
        assertThat(added.get("metric").asText()).isEqualTo("dynamic_range");
        assertThat(added.get("baseline").isNull()).isTrue();
        assertThat(added.get("status").asText()).isEqualTo("warn");
        assertThat(added.get("reason").asText()).isEqualTo("new");
    }

    @Test
    void markdownAndJunitReportTheSameDecision() throws Exception {
        importResults("native", RESULTS);
        String baseline = file("benchmark_baseline.json", BASELINE);
        CliRunner.Result md = CliRunner.run("--db", db(), "check", "native", "--baseline", baseline, "--format", "markdown");
        assertThat(md.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(md.out()).startsWith("**check ").contains("(LightwaveOS baseline, measures of suite native): FAIL**")
                .contains("| measure | suite | unit | baseline | value | change | warn limit | fail limit | status |")
                .contains("| `latency_ms` | native | ms | 8.50 | 11.05 | +2.55 (+30.0 %) | 9.77 | 11.05 | **fail** |")
                .contains("| `dynamic_range` | native |  | - | 0.6200 | - | - | - | _warn (new)_ |")
                .contains("- latency\\_ms: Performance regression: 30.0% increase (threshold: 30.0%)");

        CliRunner.Result xml = CliRunner.run("--db", db(), "check", "native", "--baseline", baseline, "--format", "junit");
        assertThat(xml.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(xml.out()).startsWith("<?xml").contains("<testsuite name=\"check &quot;native&quot;")
                .contains("tests=\"8\" failures=\"1\"")
                .contains("<property name=\"baseline_kind\" value=\"lightwaveos\"/>")
                .contains("<testcase name=\"latency_ms\" classname=\"lwos-bench.check\" time=\"0\"><failure message=\"latency_ms:"
                        + " Performance regression: 30.0% increase (threshold: 30.0%)\" type=\"fail\">")
                .contains("<testcase name=\"snr_db\" classname=\"lwos-bench.check\" time=\"0\"><system-out>snr_db (native,"
                        + " dB): ");
        CliRunner.Result strictXml = CliRunner.run("--db", db(), "check", "native", "--baseline", baseline, "--format",
                "junit", "--strict");
        assertThat(strictXml.out()).contains("tests=\"8\" failures=\"2\"")
                .contains("<failure message=\"dynamic_range (new): New metric dynamic_range not in baseline\" type=\"warn\">");
    }

    @Test
    void repeatsFailOnlyWhenTheIntervalOfTheMeanIsBeyondTheFailureThreshold() throws Exception {
        String generic = """
                [{"name": "latency_ms", "unit": "ms", "values": [%s], "direction": "lower_is_better"},
                 {"name": "snr_db", "unit": "dB", "values": [44.8, 45.1, 44.9], "direction": "higher_is_better"}]
                """;
        String baseline = file("b.json", "{\"latency_ms\": 8.5, \"snr_db\": 45.0}");
        assertThat(CliRunner.run("--db", db(), "import", file("wide.json", generic.formatted("10.9, 11.3, 11.0, 11.5, 12.4, 10.2")),
                "--format", "generic-json", "--run-name", "wide").exitCode()).isEqualTo(ExitCode.OK);
        assertThat(CliRunner.run("--db", db(), "import", file("sure.json", generic.formatted("11.9, 12.0, 12.1, 12.0")),
                "--format", "generic-json", "--run-name", "sure").exitCode()).isEqualTo(ExitCode.OK);

        CliRunner.Result wide = CliRunner.run("--db", db(), "check", "wide", "--baseline", baseline);
        assertThat(wide.exitCode()).as(wide.toString()).isEqualTo(ExitCode.OK);
        assertThat(wide.out()).contains("measures of suite generic): WARN\n")
                .contains("The baseline declares no _thresholds: detect_regressions.py's built-in thresholds apply.");
        assertThat(line(wide, "latency_ms")).contains(" 6 ", "11.22", "[10.45, 11.98]").endsWith("warn (possible failure)");
        assertThat(wide.out()).contains("latency_ms: Performance regression: 32.0% increase (threshold: 30.0%); but the"
                + " 95 % CI of the mean over 6 repeats, [10.45, 11.98], reaches back inside the failure limit 11.05:"
                + " possible failure");
        JsonNode row = MAPPER.readTree(CliRunner.run("--db", db(), "check", "wide", "--baseline", baseline, "--format",
                "json").out()).get("metrics").get(0);
        assertThat(row.get("stat").asText()).isEqualTo("mean");
        assertThat(row.get("n").asInt()).isEqualTo(6);
        assertThat(row.get("ci95").get(0).asDouble()).isBetween(10.4, 10.5);
        assertThat(row.get("n_eff").asDouble()).isBetween(2.0, 6.0);
        assertThat(row.get("status").asText()).isEqualTo("warn");
        assertThat(row.get("reason").asText()).isEqualTo("possible_failure");
        assertThat(row.get("samples_needed").asLong()).isPositive();

        CliRunner.Result sure = CliRunner.run("--db", db(), "check", "sure", "--baseline", baseline);
        assertThat(sure.exitCode()).as(sure.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(line(sure, "latency_ms")).endsWith("fail");
        assertThat(sure.out()).contains("all of the 95 % CI of the mean over 4 repeats");
    }

    @Test
    void theKindOfAPlainFileFollowsWhatItsKeysNameInTheRun() throws Exception {
        Path csv = dir.resolve("frames.csv");
        Files.writeString(csv, SampleCsv.synthetic(300, 150, 4));
        assertThat(CliRunner.run("--db", db(), "import", csv.toString(), "--run-name", "frames").exitCode())
                .isEqualTo(ExitCode.OK);
        importResults("native", RESULTS);
        // Neither lwos-bench-only fields nor a signed "-5%": both kinds could read it.
        String plain = file("plain.json", "{\"cpu_load_percent\": 35.0, \"latency_ms\": 8.5}");

        CliRunner.Result measures = CliRunner.run("--db", db(), "check", "native", "--baseline", plain);
        assertThat(measures.out()).contains("(LightwaveOS baseline, measures of suite native)");

        CliRunner.Result frames = CliRunner.run("--db", db(), "check", "frames", "--baseline", plain);
        assertThat(frames.out()).doesNotContain("LightwaveOS");
        assertThat(line(frames, "cpu_load_percent")).contains("mean");
        assertThat(line(frames, "latency_ms")).endsWith("skipped");

        // A run holding both: cpu_load_percent is a frame metric of it, latency_ms only a measure.
        try (RunStore store = RunStores.open(db())) {
            RunService runs = new RunService(store);
            Run both = runs.resolve("frames");
            runs.saveMeasures(both.id(), MeasureSet.builder("native").record("latency_ms", 8.4, "ms",
                    Direction.LOWER_IS_BETTER).record("cpu_load_percent", 30, "%", Direction.LOWER_IS_BETTER).build());
        }
        CliRunner.Result mixed = CliRunner.run("--db", db(), "check", "frames", "--baseline", plain);
        assertThat(mixed.out()).as("cpu_load_percent is a measure of the run too").contains("LightwaveOS baseline");
        assertThat(line(mixed, "cpu_load_percent")).contains("30.00").endsWith("pass");

        String withStat = file("stat.json", "{\"cpu_load_percent\": 35.0, \"latency_ms\": 8.5, \"_thresholds\":"
                + " {\"cpu_load_percent\": {\"stat\": \"mean\", \"warning\": \"+5%\", \"failure\": \"+10%\"}}}");
        assertThat(CliRunner.run("--db", db(), "check", "native", "--baseline", withStat).err())
                .as("stat marks an lwos-bench baseline").contains("nothing to compare");
    }

    @Test
    void aSignedThresholdMakesItALightwaveOsBaselineWhateverTheRun() throws Exception {
        Path csv = dir.resolve("frames.csv");
        Files.writeString(csv, SampleCsv.synthetic(300, 150, 4));
        assertThat(CliRunner.run("--db", db(), "import", csv.toString(), "--run-name", "frames").exitCode())
                .isEqualTo(ExitCode.OK);
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "frames", "--baseline", file("b.json", BASELINE));
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: run ").contains("(\"frames\") holds no measures; ")
                .contains("b.json is a LightwaveOS baseline, which gates measures (import the benchmark's results with"
                        + " import FILE --format lwos-json or lwos-native-log)");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void onlyTheSuiteHoldingTheKeysIsGatedAndTheOthersAreNamed() throws Exception {
        importResults("native", RESULTS);
        try (RunStore store = RunStores.open(db())) {
            RunService runs = new RunService(store);
            runs.saveMeasures(runs.resolve("native").id(), MeasureSet.builder("device")
                    .record("latency_ms", 99, "ms", Direction.LOWER_IS_BETTER)
                    .record("device_fps", 120, "fps", Direction.HIGHER_IS_BETTER).build());
        }
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "native", "--baseline", file("b.json", BASELINE));
        assertThat(r.out()).contains("measures of suite native")
                .contains("Not gated by this baseline: the run's measures 2 of suite device.");
        assertThat(line(r, "latency_ms")).contains("11.05").doesNotContain("99");
        assertThat(r.out()).doesNotContain("device_fps ");
    }

    @Test
    void aFileNeitherKindReadsIsAUsageErrorNamingFileKeyAndLine() throws Exception {
        importResults("native", RESULTS);
        String bad = file("bad.json", "{\n  \"latency_ms\": 8.5,\n  \"_thresholds\": {\"latency_ms\":\n"
                + "    {\"warning\": \"-fifteen\", \"failure\": \"+30%\", \"direction\": \"lower_is_better\"}}\n}\n");
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "native", "--baseline", bad);
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: baseline " + bad + ": baseline key \"_thresholds.latency_ms.warning\": ")
                .contains("; nor is it a LightwaveOS baseline: " + bad + ":4: _thresholds.latency_ms: expected a signed"
                        + " percent such as \"+20%\" or \"-5%\", got \"-fifteen\"");
        assertThat(r.out()).isEmpty();

        String notJson = file("broken.json", "{\n  \"latency_ms\": 8.5,\n  \"snr_db\": \n");
        CliRunner.Result broken = CliRunner.run("--db", db(), "check", "native", "--baseline", notJson);
        assertThat(broken.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(broken.err()).contains(notJson + ":").contains("nor is it a LightwaveOS baseline: " + notJson + ":");

        String words = file("words.json", "{\"latency_ms\": \"fast\"}");
        assertThat(CliRunner.run("--db", db(), "check", "native", "--baseline", words).err())
                .contains(words + ":1: latency_ms: expected a number, got the string \"fast\"");
    }

    @Test
    void frameBaselinesRenderAsMarkdownToo() throws Exception {
        Path csv = dir.resolve("frames.csv");
        Files.writeString(csv, SampleCsv.synthetic(300, 150, 4));
        assertThat(CliRunner.run("--db", db(), "import", csv.toString(), "--run-name", "frames").exitCode())
                .isEqualTo(ExitCode.OK);
        String baseline = file("frames-baseline.json", "{\"avg_total_us\": 130, \"_thresholds\": {\"avg_total_us\":"
                + " {\"stat\": \"mean\", \"warning\": \"+5%\", \"failure\": \"+10%\"}}}");
        CliRunner.Result md = CliRunner.run("--db", db(), "check", "frames", "--baseline", baseline, "--format", "markdown");
        assertThat(md.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(md.out()).startsWith("**check** `").contains(" frames against `" + baseline + "`: **FAIL**")
                .contains("| metric | stat | baseline | value [95 % CI] | change | warn limit | fail limit | status |")
                .containsPattern("\\| `avg_total_us` \\| mean \\| 130\\.00 µs \\| 1[45][0-9]\\.[0-9]{2} µs \\[[0-9.]+, [0-9.]+\\]"
                        + " \\| \\+[0-9.]+ \\(\\+[0-9.]+ %\\) \\| 136\\.50 \\| 143\\.00 \\| \\*\\*fail\\*\\* \\|")
                .contains("- avg\\_total\\_us mean ");
        CliRunner.Result history = CliRunner.run("--db", db(), "check", "frames", "--against-history", "--format",
                "markdown");
        assertThat(history.exitCode()).as(history.toString()).isEqualTo(ExitCode.OK);
        assertThat(history.out()).contains("against the 0 runs before it").contains(": PASS**")
                .contains("> not enough history").contains("| `avg_total_us` |  | µs | - | 1");
    }

    private static String line(CliRunner.Result r, String measure) {
        return r.out().lines().filter(l -> l.startsWith(measure + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + measure + " in\n" + r));
    }
}

package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code history} and {@code check --against-history} of a measure (SPEC §14): one value per run,
 * change points as for a frame metric. The runs are 20 imported results of the LightwaveOS native
 * benchmark in its real output shape, latency 8.4 ms with 1 % noise, then 12 % slower from run 12.
 */
class HistoryMeasuresCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path NATIVE_LOG = Path.of("").toAbsolutePath().getParent()
            .resolve("lwos-bench-formats/src/test/resources/formats/native-full-benchmark.log");
    static final int RUNS = 20;
    static final int STEP_AT = 11; // run 12, 0-based

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    /** The native benchmark's log of run {@code i}: latency 8.4 ms ± 1 %, 12 % more from run 12 on. */
    static String nativeLog(String template, int i, Random random) {
        double latency = 8.4 * (i >= STEP_AT ? 1.12 : 1.0) * (1 + 0.01 * random.nextGaussian());
        return template.replace("Latency: 8.4 ms PASS", String.format(Locale.ROOT, "Latency: %.3f ms PASS", latency));
    }

    @BeforeEach
    void importTwentyResults() throws Exception {
        String template = Files.readString(NATIVE_LOG);
        Random random = new Random(12);
        for (int i = 0; i < RUNS; i++) {
            Path file = dir.resolve("native-" + i + ".log");
            Files.writeString(file, nativeLog(template, i, random));
            CliRunner.Result r = CliRunner.run("--db", db(), "import", file.toString(), "--format", "lwos-native-log",
                    "--run-name", String.format(Locale.ROOT, "native-%02d", i), "--commit", "c" + i);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void historyOfAMeasureFindsTheTwelvePercentStep() throws Exception {
        CliRunner.Result json = CliRunner.run("--db", db(), "history", "latency_ms", "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = MAPPER.readTree(json.out());
        assertThat(doc.path("metric").asText()).isEqualTo("native:latency_ms");
        assertThat(doc.path("unit").asText()).isEqualTo("ms");
        assertThat(doc.path("direction").asText()).isEqualTo("lower_is_better");
        assertThat(doc.path("points")).hasSize(RUNS);
        assertThat(doc.path("points").get(0).path("run").path("name").asText()).isEqualTo("native-00");
        assertThat(doc.path("points").get(0).path("value").asDouble()).isBetween(8.0, 8.8);
        JsonNode changes = doc.path("change_points");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("index").asInt()).isEqualTo(STEP_AT);
        assertThat(changes.get(0).path("run").path("name").asText()).isEqualTo("native-11");
        assertThat(changes.get(0).path("commit").asText()).isEqualTo("c11");
        assertThat(changes.get(0).path("relative_change").asDouble()).isBetween(0.10, 0.14);
        assertThat(changes.get(0).path("verdict").asText()).isEqualTo("regressed");

        CliRunner.Result text = CliRunner.run("--db", db(), "history", "native:latency_ms");
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(ExitCode.OK);
        assertThat(text.out()).contains("native:latency_ms mean per run (ms, lower is better)").contains("native-11")
                .contains("regressed");
    }

    @Test
    void aNameThatIsBothAFrameMetricAndAMeasureIsAUsageErrorListingTheChoices() {
        CliRunner.Result bare = CliRunner.run("--db", db(), "history", "cpu_load_percent");
        assertThat(bare.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bare.err()).contains("\"cpu_load_percent\" is ambiguous")
                .contains("frame:cpu_load_percent (frame metric), native:cpu_load_percent");
        CliRunner.Result measure = CliRunner.run("--db", db(), "history", "native:cpu_load_percent", "--format", "csv");
        assertThat(measure.exitCode()).as(measure.toString()).isEqualTo(ExitCode.OK);
        assertThat(measure.out().lines().count()).isEqualTo(RUNS + 1);
        CliRunner.Result frame = CliRunner.run("--db", db(), "history", "frame:cpu_load_percent", "--format", "json");
        assertThat(frame.exitCode()).as(frame.toString()).isEqualTo(ExitCode.OK);
        assertThat(frame.out()).contains("\"metric\": \"cpu_load_percent\"").contains("\"points\": []");
    }

    @Test
    void checkAgainstHistoryGatesAMeasure() throws Exception {
        CliRunner.Result before = CliRunner.run("--db", db(), "check", "native-08", "--against-history", "--metric",
                "latency_ms", "--format", "json");
        assertThat(before.exitCode()).as(before.toString()).isEqualTo(ExitCode.OK);
        JsonNode quiet = MAPPER.readTree(before.out()).path("metrics");
        assertThat(quiet).hasSize(1);
        assertThat(quiet.get(0).path("metric").asText()).isEqualTo("native:latency_ms");
        assertThat(quiet.get(0).path("status").asText()).isEqualTo("pass");

        CliRunner.Result step = CliRunner.run("--db", db(), "check", "native-11", "--against-history", "--metric",
                "latency_ms", "--strict");
        assertThat(step.exitCode()).as(step.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(step.out()).contains("native:latency_ms");
        assertThat(step.err()).contains("native:latency_ms");

        CliRunner.Result ambiguous = CliRunner.run("--db", db(), "check", "native-11", "--against-history", "--metric",
                "cpu_load_percent");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ambiguous.err()).contains("native:cpu_load_percent");
    }

    @Test
    void anAcknowledgedChangeOfAMeasureStartsItsHistoryAnew() throws Exception {
        CliRunner.Result step = CliRunner.run("--db", db(), "check", "native-11", "--against-history", "--metric",
                "latency_ms", "--strict");
        assertThat(step.exitCode()).as("before the acknowledgement " + step).isEqualTo(ExitCode.GATE_FAILED);

        CliRunner.Result ack = CliRunner.run("--db", db(), "ack", "latency_ms", "native-11", "--reason",
                "new filter bank: 12 % slower, 3 dB more SNR");
        assertThat(ack.exitCode()).as(ack.toString()).isEqualTo(ExitCode.OK);
        assertThat(ack.out()).contains("Acknowledged the change of native:latency_ms at run ");

        JsonNode history = MAPPER.readTree(CliRunner.run("--db", db(), "history", "latency_ms", "--format", "json").out());
        assertThat(history.path("acknowledged")).hasSize(1);
        assertThat(history.path("change_points").get(0).path("acknowledged").path("reason").asText())
                .startsWith("new filter bank");

        CliRunner.Result after = CliRunner.run("--db", db(), "check", "native-11", "--against-history", "--metric",
                "latency_ms", "--strict", "--format", "json");
        assertThat(after.exitCode()).as(after.toString()).isEqualTo(ExitCode.OK);
        JsonNode gate = MAPPER.readTree(after.out()).path("metrics").get(0);
        assertThat(gate.path("reason").asText()).isEqualTo("not_enough_history");
        assertThat(gate.path("acknowledged_change").path("reason").asText()).startsWith("new filter bank");

        CliRunner.Result list = CliRunner.run("--db", db(), "ack", "--list", "native:latency_ms");
        assertThat(list.out()).contains("native:latency_ms").contains("native-11");
        assertThat(CliRunner.run("--db", db(), "ack", "--list", "native:snr_db").out())
                .contains("No acknowledged changes of native:snr_db.");

        CliRunner.Result remove = CliRunner.run("--db", db(), "ack", "--remove", "latency_ms", "native-11");
        assertThat(remove.out()).contains("Removed the acknowledgement of native:latency_ms");
        assertThat(CliRunner.run("--db", db(), "check", "native-11", "--against-history", "--metric", "latency_ms",
                "--strict").exitCode()).isEqualTo(ExitCode.GATE_FAILED);

        CliRunner.Result ambiguous = CliRunner.run("--db", db(), "ack", "cpu_load_percent", "native-11", "--reason", "x");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ambiguous.err()).contains("\"cpu_load_percent\" is ambiguous");
    }

    @Test
    void aStepOfAMeasureFoundLateFailsTheRunThatRevealsItOnce() throws Exception {
        CliRunner.Result late = CliRunner.run("--db", db(), "check", "native-14", "--against-history", "--metric",
                "latency_ms", "--format", "json");
        assertThat(late.exitCode()).as(late.toString()).isEqualTo(ExitCode.GATE_FAILED);
        JsonNode gate = MAPPER.readTree(late.out()).path("metrics").get(0);
        assertThat(gate.path("status").asText()).isEqualTo("fail");
        assertThat(gate.path("reason").asText()).isEqualTo("late_change_point");
        assertThat(gate.path("late_change_points").get(0).path("run").path("name").asText()).isEqualTo("native-11");

        CliRunner.Result again = CliRunner.run("--db", db(), "check", "native-14", "--against-history", "--metric",
                "latency_ms", "--format", "json");
        assertThat(again.exitCode()).as("the same run again: the same answer " + again).isEqualTo(ExitCode.GATE_FAILED);

        CliRunner.Result later = CliRunner.run("--db", db(), "check", "native-15", "--against-history", "--metric",
                "latency_ms", "--format", "json");
        assertThat(later.exitCode()).as("reported once, by native-14 " + later).isEqualTo(ExitCode.OK);
        assertThat(MAPPER.readTree(later.out()).path("metrics").get(0).path("status").asText()).isNotEqualTo("fail");
    }

    @Test
    void markdownAndJunitOfAHistoryGateListTheMeasures() throws Exception {
        CliRunner.Result md = CliRunner.run("--db", db(), "check", "native-11", "--against-history", "--format",
                "markdown");
        assertThat(md.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(md.out()).contains(": FAIL**")
                .contains("| metric or measure | suite | unit | history mean | value | change | 99 % prediction | status |")
                .containsPattern("\\| `latency_ms` \\| native \\| ms \\| 8\\.[0-9]{2} \\| 9\\.[0-9]{2} \\| \\+1[0-4]\\.[0-9]{2}%"
                        + " \\| \\[[0-9.]+, [0-9.]+\\] \\| \\*\\*fail \\(change point\\)\\*\\* \\|")
                .contains("| `native:cpu_load_percent` | native | % |")
                .as("no direction: never gated").doesNotContain("sample_rate_hz");

        CliRunner.Result xml = CliRunner.run("--db", db(), "check", "native-11", "--against-history", "--format",
                "junit");
        assertThat(xml.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(xml.out()).startsWith("<?xml").contains("<property name=\"baseline_kind\" value=\"history\"/>")
                .containsPattern("<testcase name=\"latency_ms\" classname=\"lwos-bench.check\" time=\"0\"><failure"
                        + " message=\"latency_ms \\(native\\): value 9\\.[0-9]+ ms, history mean 8\\.[0-9]+ ms, change"
                        + " \\+1[0-4]\\.[0-9]+%, 99 % prediction \\[[0-9., ]+\\]: fail \\(change point\\)\" type=\"fail\">")
                .contains("<testcase name=\"native:cpu_load_percent\"");

        CliRunner.Result early = CliRunner.run("--db", db(), "check", "native-02", "--against-history", "--format",
                "junit");
        assertThat(early.exitCode()).as(early.toString()).isEqualTo(ExitCode.OK);
        assertThat(early.out()).contains("<skipped message=\"latency_ms: not enough history");
    }
}

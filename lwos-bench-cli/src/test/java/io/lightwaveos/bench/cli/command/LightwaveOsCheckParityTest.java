package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.formats.testing.ScriptOutputs;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code check RUN --baseline FILE} side by side with LightwaveOS' {@code detect_regressions.py}:
 * {@code lwos-baseline/expected.json} holds what the script printed ({@code --format json}) and its
 * exit code, with and without {@code --fail-on-warning}, for each results file under
 * {@code lwos-baseline/cases/} against the baseline under {@code lwos-baseline/baselines/} the case
 * names. {@code scripts/lwos-baseline-parity PATH/TO/detect_regressions.py} wrote them all (the
 * script is run where it lies, never kept here). Each results file is imported as a run
 * ({@code import --format lwos-json}) and checked: every key gets the script's severity
 * (pass/warning/failure as pass/warn/fail), in the script's order, and the gate fails exactly
 * when the script exits 1 (exit 3 here), also with {@code --strict} against {@code --fail-on-warning}.
 */
class LightwaveOsCheckParityTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ScriptOutputs SCRIPT = ScriptOutputs.of("/lwos-baseline/expected.json");
    private static final Path DIR = SCRIPT.dir();
    private static final Map<String, String> STATUS = Map.of("pass", "pass", "warning", "warn", "failure", "fail");

    @TempDir
    static Path dir;

    private static String db() {
        return dir.resolve("bench.db").toString();
    }

    @BeforeAll
    static void importEveryCase() throws IOException {
        for (JsonNode c : SCRIPT.cases()) {
            String name = c.get("case").asText();
            CliRunner.Result r = CliRunner.run("--db", db(), "import", SCRIPT.caseFile(name).toString(),
                    "--format", "lwos-json", "--run-name", name);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        }
    }

    static Stream<Arguments> cases() {
        return SCRIPT.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyKeyGetsTheScriptsSeverityAndTheGateItsExit(String name, JsonNode expected) throws IOException {
        String baseline = DIR.resolve("baselines").resolve(expected.get("baseline").asText()).toString();
        CliRunner.Result r = CliRunner.run("--db", db(), "check", name, "--baseline", baseline, "--format", "json");
        assertThat(r.exitCode()).as(r.toString())
                .isEqualTo(expected.get("exit").asInt() == 1 ? ExitCode.GATE_FAILED : ExitCode.OK);

        JsonNode doc = MAPPER.readTree(r.out());
        assertThat(doc.get("baseline").get("kind").asText()).isEqualTo("lightwaveos");
        assertThat(doc.get("result").asText()).isEqualTo(STATUS.get(expected.get("overall").asText()));
        JsonNode results = expected.get("results");
        JsonNode rows = doc.get("metrics");
        assertThat(rows).hasSize(results.size());
        for (int i = 0; i < results.size(); i++) {
            JsonNode script = results.get(i);
            JsonNode row = rows.get(i);
            String key = script.get(0).asText();
            assertThat(row.get("metric").asText()).as("key %d", i).isEqualTo(key);
            assertThat(row.get("status").asText()).as(key).isEqualTo(STATUS.get(script.get(1).asText()));
            assertThat(row.get("message").asText()).as(key).isEqualTo(script.get(3).asText());
            double change = ScriptOutputs.python(script.get(2).asText());
            if (Double.isFinite(change)) {
                assertThat(row.get("change_percent").asDouble()).as(key).isEqualTo(change);
            } else {
                assertThat(row.get("change_percent").isNull()).as(key).isTrue();
            }
        }

        CliRunner.Result strict = CliRunner.run("--db", db(), "check", name, "--baseline", baseline, "--strict");
        assertThat(strict.exitCode()).as(strict.toString())
                .isEqualTo(expected.get("exit_fail_on_warning").asInt() == 1 ? ExitCode.GATE_FAILED : ExitCode.OK);
        for (JsonNode script : results) {
            String key = script.get(0).asText();
            String line = strict.out().lines().filter(l -> l.startsWith(key + " ")).findFirst().orElseThrow();
            assertThat(line).as(key).containsPattern(" " + STATUS.get(script.get(1).asText()) + "( \\(.*\\))?$");
        }
    }

    @Test
    void theRecordedCasesCoverEveryOutcomeAndTheThresholdsExactly() throws IOException {
        List<JsonNode> all = SCRIPT.cases();
        assertThat(all.size()).isGreaterThanOrEqualTo(10);
        List<String> overall = new ArrayList<>();
        List<String> exact = new ArrayList<>();
        for (JsonNode c : all) {
            overall.add(c.get("overall").asText());
            for (JsonNode r : c.get("results")) {
                // A change printed as a threshold's own number: the value lies exactly on it.
                if (List.of("-5.0", "-10.0", "15.0", "30.0", "20.0", "40.0", "25.0", "50.0", "100.0")
                        .contains(r.get(2).asText()) && !r.get(1).asText().equals("pass")) {
                    exact.add(c.get("case").asText() + ":" + r.get(0).asText());
                }
            }
        }
        assertThat(overall).contains("pass", "warning", "failure");
        assertThat(exact).as("values exactly on a warning or failure threshold").hasSizeGreaterThanOrEqualTo(10);
    }
}

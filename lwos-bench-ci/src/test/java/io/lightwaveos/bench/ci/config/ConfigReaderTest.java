package io.lightwaveos.bench.ci.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigReaderTest {

    /** SPEC §15's example, as written there. */
    static final String SPEC_EXAMPLE = """
            name: audio-pipeline          # comment marker and commit-status context (lwos-bench/audio-pipeline)
            tracked_branches: [main]      # pushes here are gated against history and can notify
            baseline_runs: 10             # PR baseline: last N base-branch runs at or before the merge base
            confirm_rigs: 1
            measures:                     # thresholds: signed like the LightwaveOS baseline, or unsigned = the bad way
              avg_total_us: {warn: "+3%", fail: "+5%"}
              snr_db: {unit: dB, direction: higher, warn: "-5%", fail: "-10%"}
            forge:
              github: {token_env: GITHUB_TOKEN}            # API URL from GITHUB_API_URL
              gitlab: {token_env: LWOS_BENCH_GITLAB_TOKEN} # API URL from CI_API_V4_URL
            notify:
              - webhook_env: LWOS_BENCH_SLACK_WEBHOOK      # the URL comes from the environment, never the file
            """;

    @TempDir
    Path dir;

    private static CiConfig parse(String yaml) {
        return ConfigReader.parse(yaml, "lwos-bench.yml");
    }

    private static void fails(String yaml, String message) {
        assertThatThrownBy(() -> parse(yaml)).isInstanceOf(ConfigException.class).hasMessage(message);
    }

    @Test
    void theSpecExampleReadsAsWritten() {
        CiConfig c = parse(SPEC_EXAMPLE);

        assertThat(c.source()).isEqualTo("lwos-bench.yml");
        assertThat(c.name()).isEqualTo("audio-pipeline");
        assertThat(c.marker()).isEqualTo("<!-- lwos-bench:audio-pipeline -->");
        assertThat(c.statusContext()).isEqualTo("lwos-bench/audio-pipeline");
        assertThat(c.trackedBranches()).containsExactly("main");
        assertThat(c.baselineRuns()).isEqualTo(10);
        assertThat(c.confirmRigs()).isEqualTo(1);
        assertThat(c.measures()).extracting(MeasureConfig::ref)
                .containsExactly(new MeasureRef(null, "avg_total_us"), new MeasureRef(null, "snr_db"));
        assertThat(c.measures().get(0).threshold(null))
                .contains(new Threshold(3, 5, Direction.LOWER_IS_BETTER));
        assertThat(c.measures().get(1).unit()).isEqualTo("dB");
        assertThat(c.measures().get(1).threshold(null))
                .contains(new Threshold(-5, -10, Direction.HIGHER_IS_BETTER));
        assertThat(c.forge()).isEqualTo(new ForgeSettings("GITHUB_TOKEN", "LWOS_BENCH_GITLAB_TOKEN"));
        assertThat(c.webhooks()).containsExactly(new NotifyTarget("LWOS_BENCH_SLACK_WEBHOOK", WebhookFormat.SLACK));
    }

    @Test
    void anEmptyFileGivesTheDefaults() {
        CiConfig c = parse("# nothing yet\n");

        assertThat(c.name()).isEqualTo("lwos-bench");
        assertThat(c.trackedBranches()).containsExactly("main");
        assertThat(c.baselineRuns()).isEqualTo(10);
        assertThat(c.confirmRigs()).isEqualTo(1);
        assertThat(c.measures()).isEmpty();
        assertThat(c.forge()).isEqualTo(ForgeSettings.DEFAULTS);
        assertThat(c.webhooks()).isEmpty();
    }

    @Test
    void absentKeysTakeTheirDefaultsAndNullCountsAsAbsent() {
        CiConfig c = parse("name: nightly\nbaseline_runs: ~\nforge:\n  gitlab: {token_env: GL_TOKEN}\nmeasures:\n");

        assertThat(c.name()).isEqualTo("nightly");
        assertThat(c.baselineRuns()).isEqualTo(10);
        assertThat(c.forge()).isEqualTo(new ForgeSettings("GITHUB_TOKEN", "GL_TOKEN"));
        assertThat(c.measures()).isEmpty();
    }

    @Test
    void withoutAFileTheDefaultsApplyButANamedMissingFileIsAnError() {
        Path missing = dir.resolve("lwos-bench.yml");

        assertThat(ConfigReader.readOrDefaults(missing)).isSameAs(CiConfig.defaults());
        assertThatThrownBy(() -> ConfigReader.read(missing)).isInstanceOf(ConfigException.class)
                .hasMessage(missing + ": no such file");
    }

    @Test
    void aFileIsReadFromDisk() throws Exception {
        Path file = dir.resolve("lwos-bench.yml");
        Files.writeString(file, SPEC_EXAMPLE);

        CiConfig c = ConfigReader.readOrDefaults(file);
        assertThat(c.source()).isEqualTo(file.toString());
        assertThat(c).usingRecursiveComparison().ignoringFieldsMatchingRegexes("(.*\\.)?source").isEqualTo(parse(SPEC_EXAMPLE));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws Exception {
        Path file = dir.resolve("lwos-bench.yml");
        Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xff, '\n'});

        assertThatThrownBy(() -> ConfigReader.read(file))
                .hasMessage(file + ": expected UTF-8 text, found bytes that are not UTF-8");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreRead() throws Exception {
        Path file = dir.resolve("lwos-bench.yml");
        Files.writeString(file, "\uFEFFname: win\r\nbaseline_runs: 5\r\nbaseline_run: 6\r\n");

        assertThatThrownBy(() -> ConfigReader.read(file)).hasMessageStartingWith(file + ":3: unknown key \"baseline_run\"");
        Files.writeString(file, "\uFEFFname: win\r\nbaseline_runs: 5\r\n");
        assertThat(ConfigReader.read(file).baselineRuns()).isEqualTo(5);
    }

    @Test
    void aHugeFileIsRefused() throws Exception {
        Path file = dir.resolve("lwos-bench.yml");
        Files.writeString(file, "# " + "x".repeat(ConfigReader.MAX_BYTES) + "\n");

        assertThatThrownBy(() -> ConfigReader.read(file)).hasMessage(file + ": larger than 256 KiB; a config is a few lines");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "name: x\\ntracked_branch: [main]|lwos-bench.yml:2: unknown key \"tracked_branch\" in the top level (did you mean \"tracked_branches\"?); known keys: name, tracked_branches, baseline_runs, confirm_rigs, measures, forge, notify",
            "measures:\\n  snr_db: {unit: dB, dirction: higher}|lwos-bench.yml:2: unknown key \"dirction\" in measures.snr_db (did you mean \"direction\"?); known keys: unit, direction, warn, fail",
            "forge:\\n  github:\\n    token: GITHUB_TOKEN|lwos-bench.yml:3: unknown key \"token\" in forge.github (did you mean \"token_env\"?); known keys: token_env",
            "forge:\\n  bitbucket: {token_env: X}|lwos-bench.yml:2: unknown key \"bitbucket\" in forge; known keys: github, gitlab",
            "notify:\\n  - webhook_env: HOOK\\n    url: x|lwos-bench.yml:3: unknown key \"url\" in notify[0]; known keys: webhook_env, format",
    })
    void anUnknownKeyIsNamedWithItsLine(String yaml, String message) {
        fails(yaml.replace("\\n", "\n"), message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "baseline_runs: ten|lwos-bench.yml:1: baseline_runs: expected a whole number from 1 to 1000, got the text \"ten\"",
            "baseline_runs: \"10\"|lwos-bench.yml:1: baseline_runs: expected a whole number from 1 to 1000, got the text \"10\"",
            "baseline_runs: 2.5|lwos-bench.yml:1: baseline_runs: expected a whole number from 1 to 1000, got the number 2.5",
            "baseline_runs: 0|lwos-bench.yml:1: baseline_runs: expected a whole number from 1 to 1000, got 0",
            "\\n\\nconfirm_rigs: 101|lwos-bench.yml:3: confirm_rigs: expected a whole number from 1 to 100, got 101",
            "confirm_rigs: [2]|lwos-bench.yml:1: confirm_rigs: expected a whole number from 1 to 100, got a list",
            "tracked_branches: main|lwos-bench.yml:1: tracked_branches: expected a list of branch names such as [main], got the text \"main\"",
            "tracked_branches: [main, 7]|lwos-bench.yml:1: tracked_branches[1]: expected a branch name, got the number 7",
            "tracked_branches: [\"my branch\"]|lwos-bench.yml:1: tracked_branches: expected a branch name without spaces or control characters (at most 255 characters), got the text \"my branch\"",
            "name: true|lwos-bench.yml:1: name: expected a text, got the boolean true",
            "name: audio pipeline|lwos-bench.yml:1: name: expected 1 to 64 letters, digits, '.', '_' or '-' starting with a letter or digit (it names the comment marker and the status lwos-bench/NAME), got the text \"audio pipeline\"",
            "measures: [avg_total_us]|lwos-bench.yml:1: measures: expected a mapping of keys to values, got a list",
            "measures:\\n  snr_db: {direction: up}|lwos-bench.yml:2: measures.snr_db.direction: expected lower or higher (or lower_is_better, higher_is_better), got the text \"up\"",
            "measures:\\n  snr_db: {warn: 5, fail: 10}|lwos-bench.yml:2: measures.snr_db.warn: expected a percent such as \"+5%\", \"-5%\" or \"5%\", got the number 5",
            "measures:\\n  snr_db: {warn: \"5 %\", fail: \"10%\"}|lwos-bench.yml:2: measures.snr_db.warn: expected a percent such as \"+5%\", \"-5%\" or \"5%\", got the text \"5 %\"",
            "notify:\\n  webhook_env: HOOK|lwos-bench.yml:2: notify: expected a list such as \"- webhook_env: LWOS_BENCH_SLACK_WEBHOOK\", got a mapping",
            "notify:\\n  - format: slack|lwos-bench.yml:2: notify[0]: webhook_env is required (the NAME of the variable holding the webhook URL)",
            "notify:\\n  - {webhook_env: HOOK, format: teams}|lwos-bench.yml:2: notify[0].format: expected slack or json, got the text \"teams\"",
            "forge:\\n  github: {token_env: 9TOKEN}|lwos-bench.yml:2: forge.github.token_env: expected the name of an environment variable (letters, digits and _, not starting with a digit), got the text \"9TOKEN\"",
            "[1, 2]|lwos-bench.yml:1: the top level: expected a mapping of keys to values, got a list",
    })
    void aWrongTypeOrValueIsNamedWithItsLine(String yaml, String message) {
        fails(yaml.replace("\\n", "\n"), message);
    }

    @Test
    void aDuplicateKeyIsAnError() {
        fails("name: a\nbaseline_runs: 5\nname: b\n", "lwos-bench.yml:3: duplicate key \"name\" (first on line 1)");
    }

    @Test
    void aSecondDocumentIsAnError() {
        fails("name: a\n---\nname: b\n", "lwos-bench.yml:3: expected one YAML document, found a second one");
    }

    @Test
    void aliasesAreRefused() {
        fails("tracked_branches: &b [main]\nmeasures:\n  x: *b\n",
                "lwos-bench.yml:3: YAML aliases (*b) are not supported here; write the value out");
    }

    @Test
    void brokenYamlNamesItsLine() {
        assertThatThrownBy(() -> parse("name: a\nmeasures: {x: [1, 2}\n")).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(2))
                .hasMessageStartingWith("lwos-bench.yml:2: not valid YAML: ");
    }

    @Test
    void aTokenWhereAVariableNameBelongsIsRefusedWithoutQuotingIt() {
        String token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";

        assertThatThrownBy(() -> parse("forge:\n  github: {token_env: " + token + "}\n"))
                .hasMessage("lwos-bench.yml:2: forge.github.token_env: this looks like a secret itself (not shown); write "
                        + "the NAME of the environment variable that holds it (such as GITHUB_TOKEN) and let the CI set "
                        + "that variable from its secrets")
                .hasMessageNotContaining(token);
    }

    @Test
    void aWebhookUrlWhereAVariableNameBelongsIsRefusedWithoutQuotingIt() {
        String url = "https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXX";

        assertThatThrownBy(() -> parse("notify:\n  - webhook_env: " + url + "\n"))
                .hasMessageContaining("notify[0].webhook_env: this looks like a secret itself (not shown)")
                .hasMessageContaining("(such as LWOS_BENCH_SLACK_WEBHOOK)")
                .hasMessageNotContaining("hooks.slack.com");
        assertThatThrownBy(() -> parse("name: " + url + "\n")).hasMessageNotContaining("hooks.slack.com")
                .hasMessageContaining("a text that looks like a URL or a token (not shown");
    }

    @Test
    void unsignedThresholdsPointTheBadWayOfTheDirection() {
        CiConfig c = parse("""
                measures:
                  snr_db: {direction: higher, warn: "5%", fail: "10%"}
                  latency_ms: {direction: lower, warn: "15%", fail: "30%"}
                  avg_total_us: {warn: "3%", fail: "5%"}
                """);

        assertThat(c.measures().get(0).threshold(null)).contains(new Threshold(-5, -10, Direction.HIGHER_IS_BETTER));
        assertThat(c.measures().get(1).threshold(null)).contains(new Threshold(15, 30, Direction.LOWER_IS_BETTER));
        assertThat(c.measures().get(2).threshold(null)).contains(new Threshold(3, 5, Direction.LOWER_IS_BETTER));
    }

    @Test
    void aSignedThresholdPointingTheGoodWayIsAnError() {
        fails("measures:\n  snr_db: {direction: higher, warn: \"+5%\", fail: \"+10%\"}\n",
                "lwos-bench.yml:2: snr_db.warn: \"+5%\" points the good way for higher_is_better snr_db; write \"-5%\", "
                        + "or \"5%\" for that far the bad way");
    }

    @Test
    void warnBeyondFailIsAnError() {
        fails("measures:\n  avg_total_us: {warn: \"+10%\", fail: \"+5%\"}\n",
                "lwos-bench.yml:2: avg_total_us: warn +10% lies beyond fail +5%; warn must be reached first");
    }

    @Test
    void warnWithoutFailIsAnError() {
        fails("measures:\n  avg_total_us: {warn: \"+3%\"}\n",
                "lwos-bench.yml:2: measures.avg_total_us: give both warn and fail, or neither (only warn is given)");
    }

    @Test
    void aFrameMetricKeepsTheRegistrysUnitAndDirection() {
        fails("measures:\n  avg_total_us: {direction: higher}\n",
                "lwos-bench.yml:2: measures.avg_total_us.direction: avg_total_us is a frame metric that is lower_is_better; "
                        + "leave direction out");
        fails("measures:\n  avg_total_us: {unit: ms}\n",
                "lwos-bench.yml:2: measures.avg_total_us.unit: avg_total_us is a frame metric measured in µs, not the text "
                        + "\"ms\"; leave unit out");
    }

    @Test
    void withoutADeclaredDirectionTheImportersDecidesWhenTheThresholdIsUsed() {
        CiConfig c = parse("measures:\n  \"jmh:io.x.Bench.run\": {warn: \"5%\", fail: \"10%\"}\n  native:latency_ms:\n");

        MeasureConfig jmh = c.measures().get(0);
        assertThat(jmh.ref()).isEqualTo(new MeasureRef("jmh", "io.x.Bench.run"));
        assertThat(jmh.threshold(Direction.HIGHER_IS_BETTER)).contains(new Threshold(-5, -10, Direction.HIGHER_IS_BETTER));
        assertThat(jmh.threshold(Direction.LOWER_IS_BETTER)).contains(new Threshold(5, 10, Direction.LOWER_IS_BETTER));
        assertThatThrownBy(() -> jmh.threshold(null)).isInstanceOf(ConfigException.class)
                .hasMessage("lwos-bench.yml:2: jmh:io.x.Bench.run: thresholds need a direction, and none is known; add "
                        + "direction: lower or direction: higher");
        assertThat(c.measures().get(1).hasThreshold()).isFalse();
        assertThat(c.measures().get(1).threshold(null)).isEmpty();
    }

    @Test
    void signedBoundsPointingOppositeWaysAreAnErrorEvenWithoutADirection() {
        fails("measures:\n  \"jmh:x\": {warn: \"+5%\", fail: \"-10%\"}\n",
                "lwos-bench.yml:2: measures.jmh:x: warn +5% and fail -10% point opposite ways; both are changes in the "
                        + "bad direction");
    }

    @Test
    void trackedBranchesMayBeEmptyAndRepeatsAreDropped() {
        assertThat(parse("tracked_branches: []").trackedBranches()).isEmpty();
        assertThat(parse("tracked_branches: [main, release/1.x, main]").trackedBranches())
                .isEqualTo(List.of("main", "release/1.x"));
        assertThat(parse("tracked_branches: [main, release/1.x]").tracks("release/1.x")).isTrue();
        assertThat(parse("tracked_branches: [main]").tracks("feature/x")).isFalse();
    }

    @Test
    void aJsonWebhookFormatIsRead() {
        assertThat(parse("notify:\n  - {webhook_env: A}\n  - {webhook_env: B, format: json}\n").webhooks())
                .containsExactly(new NotifyTarget("A", WebhookFormat.SLACK), new NotifyTarget("B", WebhookFormat.JSON));
    }
}

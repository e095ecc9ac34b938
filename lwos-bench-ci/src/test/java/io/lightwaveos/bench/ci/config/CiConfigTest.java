package io.lightwaveos.bench.ci.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.formats.ReadResult;
import io.lightwaveos.bench.formats.ResultFormat;
import io.lightwaveos.bench.formats.regression.RegressionCheck;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiConfigTest {

    @TempDir
    Path dir;

    private static CiConfig parse(String yaml) {
        return ConfigReader.parse(yaml, "lwos-bench.yml");
    }

    @Test
    void anEntryWithTheMeasuresSuiteWinsOverOneWithTheBareName() {
        CiConfig c = parse("""
                measures:
                  latency_ms: {warn: "10%", fail: "20%"}
                  native:latency_ms: {warn: "15%", fail: "30%"}
                  jmh_score: {unit: ops/s}
                """);
        Measure nativeLatency = Measure.of("native", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 8.4);
        Measure otherLatency = Measure.of("esp-idf", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 8.4);

        assertThat(c.measure(nativeLatency)).map(MeasureConfig::warn).contains("15%");
        assertThat(c.measure(otherLatency)).map(MeasureConfig::warn).contains("10%");
        assertThat(c.measure(Measure.of("jmh", "other", "", null, 1))).isEmpty();
    }

    @Test
    void aFrameMetricIsFoundByItsId() {
        CiConfig c = parse("measures:\n  avg_total_us: {warn: \"+3%\", fail: \"+5%\"}\n");

        assertThat(c.metric(Metric.AVG_TOTAL_US)).map(MeasureConfig::line).contains(2);
        assertThat(c.metric(Metric.CPU_LOAD_PERCENT)).isEmpty();
    }

    @Test
    void againstALightwaveOsBaselineTheConfigsBoundsReplaceTheFilesOwn() throws Exception {
        Path file = dir.resolve("benchmark_baseline.json");
        Files.writeString(file, """
                {"snr_db": 45.2, "latency_ms": 8.4, "cpu_load_percent": 34.8,
                 "_thresholds": {
                   "snr_db": {"warning": "-5%", "failure": "-10%", "direction": "higher_is_better"},
                   "latency_ms": {"warning": "+15%", "failure": "+30%", "direction": "lower_is_better"}}}
                """);
        ReadResult baseline = ResultFormat.LWOS_JSON.read(file);
        CiConfig c = parse("""
                measures:
                  latency_ms: {warn: "5%", fail: "10%"}
                  snr_db: {unit: dB}
                  memory_usage_kb: {direction: lower, warn: "+25%", fail: "+50%"}
                """);

        Map<String, Threshold> t = c.thresholdsOver(baseline);

        assertThat(t).containsExactly(
                Map.entry("snr_db", new Threshold(-5, -10, Direction.HIGHER_IS_BETTER)),
                Map.entry("latency_ms", new Threshold(5, 10, Direction.LOWER_IS_BETTER)),
                Map.entry("memory_usage_kb", new Threshold(25, 50, Direction.LOWER_IS_BETTER)));
    }

    @Test
    void aBaselineWithoutThresholdsGetsTheScriptsTableUnderTheConfigs() throws Exception {
        Path file = dir.resolve("benchmark_baseline.json");
        Files.writeString(file, "{\"snr_db\": 45.2, \"latency_ms\": 8.4}");
        ReadResult baseline = ResultFormat.LWOS_JSON.read(file);

        Map<String, Threshold> t = parse("measures:\n  snr_db: {warn: \"2%\", fail: \"4%\"}\n").thresholdsOver(baseline);

        assertThat(t.keySet()).containsExactlyElementsOf(RegressionCheck.SCRIPT_THRESHOLDS.keySet());
        assertThat(t.get("snr_db")).as("unsigned, so the bad way of the file's higher-is-better snr_db")
                .isEqualTo(new Threshold(-2, -4, Direction.HIGHER_IS_BETTER));
        assertThat(t.get("latency_ms")).isEqualTo(RegressionCheck.SCRIPT_THRESHOLDS.get("latency_ms"));
    }

    @Test
    void configsMadeInCodeFollowTheReadersRules() {
        assertThatThrownBy(() -> new CiConfig("x", "bad name", List.of(), 10, 1, List.of(), ForgeSettings.DEFAULTS, List.of()))
                .hasMessageContaining("name must be 1 to 64");
        assertThatThrownBy(() -> new CiConfig("x", "ok", List.of(), 0, 1, List.of(), ForgeSettings.DEFAULTS, List.of()))
                .hasMessage("baseline_runs must be from 1 to 1000, got 0");
        assertThatThrownBy(() -> new CiConfig("x", "ok", List.of(), 10, 0, List.of(), ForgeSettings.DEFAULTS, List.of()))
                .hasMessage("confirm_rigs must be from 1 to 100, got 0");
    }

    @Test
    void tokensAndWebhookUrlsAreReadFromTheEnvironmentByName() {
        CiConfig c = parse("forge:\n  github: {token_env: GH}\nnotify:\n  - webhook_env: HOOK\n");
        Map<String, String> env = Map.of("GH", " t0ken \n", "HOOK", "https://hooks.example.com/x", "GITHUB_TOKEN", "other");

        assertThat(c.forge().githubToken(env)).contains("t0ken");
        assertThat(c.forge().gitlabToken(env)).isEmpty();
        assertThat(c.webhooks().get(0).url(env)).contains("https://hooks.example.com/x");
        assertThat(c.webhooks().get(0).url(Map.of("HOOK", "  "))).isEmpty();
    }

    @Test
    void apiUrlsComeFromTheCisVariables() {
        assertThat(ForgeSettings.githubApiUrl(Map.of())).isEqualTo("https://api.github.com");
        assertThat(ForgeSettings.githubApiUrl(Map.of("GITHUB_API_URL", "https://ghe.example.com/api/v3")))
                .isEqualTo("https://ghe.example.com/api/v3");
        assertThat(ForgeSettings.gitlabApiUrl(Map.of())).isEmpty();
        assertThat(ForgeSettings.gitlabApiUrl(Map.of("CI_SERVER_URL", "https://gitlab.example.com/")))
                .contains("https://gitlab.example.com/api/v4");
        assertThat(ForgeSettings.gitlabApiUrl(Map.of("CI_API_V4_URL", "https://gl.example.com/api/v4",
                "CI_SERVER_URL", "https://other.example.com"))).contains("https://gl.example.com/api/v4");
    }
}

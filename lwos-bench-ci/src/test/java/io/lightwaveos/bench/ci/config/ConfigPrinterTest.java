package io.lightwaveos.bench.ci.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigPrinterTest {

    static final String TOKEN = "ghp_0123456789abcdefghijklmnopqrstuvwxyz";
    static final String HOOK = "https://hooks.slack.com/services/T000/B000/XXXXsecretXXXX";

    @Test
    void theEffectiveConfigShowsDefaultsAndWhetherSecretsAreSetNeverTheirValues() {
        CiConfig c = ConfigReader.parse(ConfigReaderTest.SPEC_EXAMPLE, "lwos-bench.yml");
        Map<String, String> env = Map.of("GITHUB_TOKEN", TOKEN, "LWOS_BENCH_SLACK_WEBHOOK", HOOK,
                "GITHUB_API_URL", "https://api.github.com");

        String printed = ConfigPrinter.print(c, env);

        assertThat(printed).isEqualTo("""
                # effective config from lwos-bench.yml (secrets are never shown)
                name: audio-pipeline
                tracked_branches: [main]  # default
                baseline_runs: 10  # default
                confirm_rigs: 1  # default
                measures:
                  avg_total_us: {warn: "+3%", fail: "+5%"}
                  snr_db: {unit: dB, direction: higher, warn: "-5%", fail: "-10%"}
                forge:
                  github: {token_env: GITHUB_TOKEN}  # default; set (value hidden); API https://api.github.com
                  gitlab: {token_env: LWOS_BENCH_GITLAB_TOKEN}  # default; not set
                notify:
                  - {webhook_env: LWOS_BENCH_SLACK_WEBHOOK, format: slack}  # set (value hidden)
                """);
        assertThat(printed).doesNotContain(TOKEN).doesNotContain("hooks.slack.com");
    }

    @Test
    void withoutAFileItSaysSoAndPrintsTheDefaults() {
        String printed = ConfigPrinter.print(CiConfig.defaults(), Map.of("CI_API_V4_URL", "https://gitlab.example.com/api/v4"));

        assertThat(printed).startsWith("# effective config (no config file: all defaults)")
                .contains("name: lwos-bench  # default\n")
                .contains("measures: {}  # none declared: the gate's own thresholds\n")
                .contains("gitlab: {token_env: LWOS_BENCH_GITLAB_TOKEN}  # default; not set; API https://gitlab.example.com/api/v4\n")
                .endsWith("notify: []  # no webhooks\n");
    }

    @Test
    void credentialsInAnApiUrlAreHidden() {
        String printed = ConfigPrinter.print(CiConfig.defaults(), Map.of("GITHUB_API_URL", "https://me:pw@ghe.example.com/api/v3"));

        assertThat(printed).contains("API https://(credentials hidden)@ghe.example.com/api/v3").doesNotContain("me:pw");
    }

    @Test
    void whatItPrintsReadsBackToTheSameSettings() {
        String yaml = """
                name: nightly.v2
                tracked_branches: [main, "release/1.x", "yes", "123"]
                baseline_runs: 25
                confirm_rigs: 2
                measures:
                  "jmh:io.x.Bench.run": {direction: higher, warn: "5%", fail: "10%"}
                  "sleep 0.1; echo a": {unit: s}
                  native:latency_ms: {unit: ms, direction: lower, warn: "+15%", fail: "+30%"}
                  cpu_load_percent: {warn: "+20%", fail: "+40%"}
                forge:
                  github: {token_env: GH_BENCH_TOKEN}
                notify:
                  - {webhook_env: HOOK_A}
                  - {webhook_env: HOOK_B, format: json}
                """;
        CiConfig c = ConfigReader.parse(yaml, "lwos-bench.yml");

        CiConfig again = ConfigReader.parse(ConfigPrinter.print(c, Map.of()), "lwos-bench.yml");

        assertThat(again).usingRecursiveComparison().ignoringFieldsMatchingRegexes("(.*\\.)?line").isEqualTo(c);
    }
}

package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run context and quality through the command line: collect, import, show, list-runs. */
class RunContextCommandTest {

    private static final String KEY = "s3cret-7c1d9e";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    @Test
    void collectWithTheKeyRecordsTheContextAndTheKeyIsNowhere() throws Exception {
        List<String> everything = new ArrayList<>();
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).apiKey(KEY)
                .firmware("2.1.0").build())) {
            // The key from the environment, as CI passes it; -v adds library logging to what is checked.
            CliRunner.Result r = CliRunner.runWithEnvironment(Map.of("LWOS_BENCH_API_KEY", KEY), "--db", db(), "-v",
                    "collect", "--url", device.url(), "--run-name", "a", "--max-samples", "30", "--rig", "bench-1",
                    "--branch", "main", "--commit", "abc123", "--meta", "operator=ana", "--meta", "room=lab");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("context: rig bench-1, firmware 2.1.0, effect Ripple (#7), branch main,"
                    + " commit abc123");
            everything.add(r.out());
            everything.add(r.err());
        }
        CliRunner.Result show = CliRunner.run("--db", db(), "show", "a", "--format", "json");
        assertThat(show.exitCode()).as(show.toString()).isEqualTo(ExitCode.OK);
        JsonNode doc = MAPPER.readTree(show.out());
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/run/v2");
        JsonNode c = doc.get("context");
        assertThat(c.get("rig").asText()).isEqualTo("bench-1");
        assertThat(c.get("vcs").get("branch").asText()).isEqualTo("main");
        assertThat(c.get("vcs").get("commit").asText()).isEqualTo("abc123");
        assertThat(c.get("device").get("firmware").asText()).isEqualTo("2.1.0");
        assertThat(c.get("device").get("firmware_version_number").asLong()).isEqualTo(20100);
        assertThat(c.get("device").get("chip_model").asText()).isEqualTo("ESP32-S3");
        assertThat(c.get("workload").get("effect_name").asText()).isEqualTo("Ripple");
        assertThat(c.get("meta").get("operator").asText()).isEqualTo("ana");
        assertThat(c.get("meta").get("room").asText()).isEqualTo("lab");
        everything.add(show.out());

        CliRunner.Result text = CliRunner.run("--db", db(), "show", "a");
        assertThat(text.out()).contains("rig       bench-1").contains("firmware  2.1.0 (20100)")
                .contains("effect    Ripple (#7); brightness 128, speed 10, palette 3").contains("branch    main")
                .contains("commit    abc123").contains("meta      operator=ana, room=lab").contains("quality   ");
        everything.add(text.out());
        for (String format : List.of("csv", "json", "jsonl")) {
            CliRunner.Result export = CliRunner.run("--db", db(), "export", "a", "--format", format, "--output", "-");
            assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCode.OK);
            everything.add(export.out());
        }
        CliRunner.Result list = CliRunner.run("--db", db(), "list-runs", "--format", "json");
        everything.add(list.out());
        for (String s : everything) {
            assertThat(s).doesNotContain(KEY);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(KEY);
            }
        }
    }

    @Test
    void withoutTheKeyOrWithAWrongOneCollectExitsOneSayingWhy() {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().apiKey(KEY)
                .authBlock(100, Duration.ofSeconds(1)).build())) {
            CliRunner.Result none = CliRunner.run("--db", db(), "collect", "--url", device.url(), "--run-name", "b",
                    "--max-samples", "10");
            assertThat(none.exitCode()).as(none.toString()).isEqualTo(ExitCode.FAILURE);
            assertThat(none.err()).contains(
                    "lwos-bench: the device requires an API key (--api-key or LWOS_BENCH_API_KEY)");

            CliRunner.Result wrong = CliRunner.run("--db", db(), "collect", "--url", device.url(), "--run-name", "c",
                    "--max-samples", "10", "--api-key", "not-the-key-123");
            assertThat(wrong.exitCode()).as(wrong.toString()).isEqualTo(ExitCode.FAILURE);
            assertThat(wrong.err()).contains("lwos-bench: the device refused the API key")
                    .doesNotContain("not-the-key-123");
        }
        CliRunner.Result list = CliRunner.run("--db", db(), "list-runs");
        assertThat(list.out()).isEmpty();
    }

    @Test
    void theCiEnvironmentIsDetectedAndExplicitOptionsWin() throws Exception {
        Map<String, String> github = Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "0123456789abcdef",
                "GITHUB_REF_NAME", "main", "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY",
                "lightwave/firmware", "GITHUB_RUN_ID", "42", "LWOS_BENCH_RIG", "ci-rig-3");
        CliRunner.Result r = CliRunner.runWithEnvironment(github, "--db", db(), "collect", "--simulate",
                "--simulate-rate", "200", "--run-name", "ci", "--max-samples", "20", "--branch", "release-2");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run run = store.resolve("ci");
            assertThat(run.context().vcs().commit()).isEqualTo("0123456789abcdef");
            assertThat(run.context().vcs().branch()).isEqualTo("release-2");
            assertThat(run.context().ci().provider()).isEqualTo("github");
            assertThat(run.context().ci().buildUrl()).isEqualTo("https://github.com/lightwave/firmware/actions/runs/42");
            assertThat(run.context().rig()).isEqualTo("ci-rig-3");
        }
        CliRunner.Result list = CliRunner.run("--db", db(), "list-runs");
        assertThat(list.out()).contains("ci-rig-3").contains("release-2").contains("0123456");
    }

    @Test
    void listRunsFiltersByRigBranchFirmwareAndWorkload() throws Exception {
        Path csv = dir.resolve("run.csv");
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200).firmware("3.0.0")
                .build())) {
            CliRunner.Result one = CliRunner.run("--db", db(), "collect", "--url", device.url(), "--run-name", "one",
                    "--max-samples", "20", "--rig", "bench-1", "--branch", "main");
            assertThat(one.exitCode()).as(one.toString()).isZero();
            CliRunner.Result two = CliRunner.run("--db", db(), "collect", "--url", device.url(), "--run-name", "two",
                    "--max-samples", "20", "--rig", "bench-2", "--branch", "dev", "--firmware-version", "3.0.1-rc1");
            assertThat(two.exitCode()).as(two.toString()).isZero();
        }
        assertThat(CliRunner.run("--db", db(), "export", "one", "--format", "csv", "--output", csv.toString())
                .exitCode()).isZero();
        CliRunner.Result imported = CliRunner.run("--db", db(), "import", csv.toString(), "--run-name", "three",
                "--rig", "bench-3", "--branch", "main", "--commit", "fedcba9", "--firmware-version", "2.9.0", "--allow-duplicate");
        assertThat(imported.exitCode()).as(imported.toString()).isZero();

        assertThat(names("--rig", "bench-1")).containsExactly("one");
        assertThat(names("--branch", "main")).containsExactly("three", "one");
        assertThat(names("--firmware", "3.0.1-rc1")).containsExactly("two");
        assertThat(names("--firmware", "2.9.0")).containsExactly("three");
        assertThat(names("--workload", "Ripple")).containsExactly("two", "one");
        assertThat(names("--rig", "bench-2", "--branch", "main")).isEmpty();
        CliRunner.Result table = CliRunner.run("--db", db(), "list-runs");
        assertThat(table.out().lines().findFirst().orElseThrow())
                .contains("rig", "firmware", "effect", "branch", "commit", "quality");
    }

    @Test
    void faultsAndAWorkloadChangeShowAsQuality() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(100).dropRate(0.1)
                .effectChangeAfter(Duration.ofMillis(300)).build())) {
            CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--url", device.url(), "--run-name", "bad",
                    "--max-samples", "100");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        }
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run run = store.resolve("bad");
            assertThat(run.quality().reasons()).contains(QualityReason.GAPS, QualityReason.MIXED_WORKLOAD);
            assertThat(store.events(run.id())).extracting(e -> e.type()).contains(EventType.WORKLOAD_CHANGED);
        }
        CliRunner.Result show = CliRunner.run("--db", db(), "show", "bad", "--format", "json");
        JsonNode doc = MAPPER.readTree(show.out());
        List<String> quality = new ArrayList<>();
        doc.get("quality").forEach(n -> quality.add(n.asText()));
        assertThat(quality).contains("gaps", "mixed_workload");
        assertThat(show.out()).contains("\"workload_changed\"").contains("Ripple (#7) → Plasma (#8)");
    }

    /**
     * Issue 24: hostile device and CI strings (an OSC title-set, a bell, a screen clear, a line
     * that forges output) were printed raw by show, history and check.
     */
    @Test
    void controlCharactersFromTheDeviceAndTheCiArePrintedEscapedByEveryTextOutput() throws Exception {
        Map<String, String> github = Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA", "abc\u001b[2Jdef",
                "GITHUB_REF_NAME", "main\rforged: branch", "GITHUB_SERVER_URL", "x\u001b]0;pwned\u0007\nforged: line",
                "GITHUB_REPOSITORY", "lightwave/firmware", "GITHUB_RUN_ID", "42");
        List<CliRunner.Result> outputs = new ArrayList<>();
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(200)
                .firmware("2.0\u001b[31m\u0007\u009b").build())) {
            for (String name : List.of("r1", "r2", "r3")) {
                outputs.add(CliRunner.runWithEnvironment(github, "--db", db(), "collect", "--url", device.url(),
                        "--run-name", name, "--max-samples", "20", "--meta", "note=a\u0007b\nforged: meta"));
                assertThat(outputs.get(outputs.size() - 1).exitCode()).as(outputs.toString()).isZero();
            }
        }
        CliRunner.Result show = CliRunner.run("--db", db(), "show", "r1");
        outputs.add(show);
        outputs.add(CliRunner.run("--db", db(), "list-runs"));
        outputs.add(CliRunner.run("--db", db(), "history", "avg_total_us"));
        outputs.add(CliRunner.run("--db", db(), "history", "avg_total_us", "--format", "markdown"));
        outputs.add(CliRunner.run("--db", db(), "compare", "r1", "r2"));
        outputs.add(CliRunner.run("--db", db(), "compare", "r1", "r2", "--format", "markdown"));
        outputs.add(CliRunner.run("--db", db(), "check", "r3", "--against-history"));

        assertThat(show.out()).contains("x\\e]0;pwned\\x07\\nforged: line")
                .contains("abc\\e[2Jdef").contains("main\\rforged: branch").contains("2.0\\e[31m\\x07\\x9b")
                .contains("note=a\\x07b\\nforged: meta");
        for (CliRunner.Result r : outputs) {
            String all = r.out() + r.err();
            assertThat(all).as(r.toString()).doesNotContain("\u001b", "\u0007", "\u009b", "\r");
            assertThat(all.lines()).as(r.toString()).noneMatch(line -> line.startsWith("forged"));
        }
    }

    /** Issue 24: a megabyte of firmware name was stored and printed whole. */
    @Test
    void aHugeFirmwareNameIsCutWhereItEntersAndShownCut() {
        CliRunner.Result r = CliRunner.run("--db", db(), "collect", "--simulate", "--simulate-rate", "200",
                "--run-name", "huge", "--max-samples", "5", "--firmware-version", "v".repeat(100_000));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        try (RunStore store = RunStores.open(db())) {
            assertThat(store.resolve("huge").context().device().firmware()).hasSize(RunContext.MAX_TEXT_LENGTH)
                    .endsWith("…[cut]");
        }
        CliRunner.Result show = CliRunner.run("--db", db(), "show", "huge");
        assertThat(show.out().lines().filter(l -> l.startsWith("firmware")).findFirst().orElseThrow())
                .hasSizeLessThan(300);
    }

    private List<String> names(String... filter) throws Exception {
        List<String> args = new ArrayList<>(List.of("--db", db(), "list-runs", "--format", "json"));
        args.addAll(List.of(filter));
        CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        List<String> names = new ArrayList<>();
        MAPPER.readTree(r.out()).forEach(n -> names.add(n.get("name").asText()));
        return names;
    }
}

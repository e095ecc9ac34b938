package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import io.lightwaveos.bench.formats.ResultFormat;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code import FILE --format F} with another tool's result file: a run holding only its measures,
 * with the context of {@code collect}'s options and CI variables; {@code show} and
 * {@code list-runs} say what it holds. The files are the format readers' own test files, in each
 * tool's real shape.
 */
class ImportMeasuresCommandTest {

    private static final Path FORMATS = Path.of("").toAbsolutePath().getParent()
            .resolve("lwos-bench-formats/src/test/resources/formats");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern IMPORTED = Pattern.compile("Imported run ([0-9a-f-]{36}) ");

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "lwos-native-log, native-full-benchmark.log",
        "lwos-native-log, native-readme-lines.log",
        "lwos-json, lwos-results.json",
        "esp-idf-log, esp-idf-performance.log",
        "idf-size, idf-size.json",
        "jmh, jmh-frame-decode.json",
        "google-benchmark, google-benchmark-repetitions.json",
        "hyperfine, hyperfine.json",
        "generic-json, generic.json",
    })
    void eachFormatBecomesARunHoldingExactlyTheMeasuresItsReaderReads(String format, String file) throws Exception {
        Path input = FORMATS.resolve(file);
        MeasureSet expected = ResultFormat.byId(format).read(input).measures();
        CliRunner.Result r = CliRunner.run("--db", db(), "import", input.toString(), "--format", format);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains(expected.size() + " measures (" + format + ")");
        UUID id = imported(r);
        try (RunStore store = RunStores.openExisting(db())) {
            Run run = store.run(id);
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.sampleCount()).isZero();
            assertThat(run.name()).isEqualTo(file.substring(0, file.lastIndexOf('.')));
            assertThat(run.source()).isEqualTo("import:" + file);
            assertThat(run.quality().isClean()).isTrue();
            assertThat(run.context().meta()).containsEntry("import.format", format);
            assertThat(store.measures(id)).isEqualTo(expected);
        }
    }

    @Test
    void autoTellsTheFormatFromTheContentAndSaysWhichItChose() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db(), "import", FORMATS.resolve("jmh-frame-decode.json").toString(),
                "--format", "auto", "--run-name", "decode-bench");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).containsPattern("Imported run [0-9a-f-]{36} \"decode-bench\": \\d+ measures \\(jmh\\)");
    }

    @Test
    void theRunTakesTheContextOptionsAndTheCiVariablesAndTheFilesOwnContextAsMeta() throws Exception {
        CliRunner.Result r = CliRunner.runWithEnvironment(Map.of("GITHUB_ACTIONS", "true", "GITHUB_SHA",
                "0123456789abcdef0123456789abcdef01234567", "GITHUB_REF_NAME", "main", "LWOS_BENCH_RIG", "ci-rig"),
                "--db", db(), "import", FORMATS.resolve("native-full-benchmark.log").toString(), "--format",
                "lwos-native-log", "--run-name", "native", "--tags", "native,nightly", "--firmware-version", "v3.2.0",
                "--meta", "native.overall=overridden", "--meta", "board=rev-b");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        try (RunStore store = RunStores.openExisting(db())) {
            Run run = store.run(imported(r));
            assertThat(run.tags()).containsExactly("native", "nightly");
            assertThat(run.context().rig()).isEqualTo("ci-rig");
            assertThat(run.context().vcs().commit()).isEqualTo("0123456789abcdef0123456789abcdef01234567");
            assertThat(run.context().vcs().branch()).isEqualTo("main");
            assertThat(run.context().device().firmware()).isEqualTo("v3.2.0");
            assertThat(run.context().meta()).containsEntry("board", "rev-b")
                    .containsEntry("native.overall", "overridden").containsEntry("import.format", "lwos-native-log");
            assertThat(run.context().meta().keySet()).contains("unity.tests");
        }
    }

    @Test
    void showListsTheMeasuresWithTheStatisticsOfTheirRepeatsInTextAndJson() throws Exception {
        Path input = FORMATS.resolve("hyperfine.json");
        MeasureSet expected = ResultFormat.HYPERFINE.read(input).measures();
        UUID id = imported(CliRunner.run("--db", db(), "import", input.toString(), "--format", "hyperfine"));

        CliRunner.Result text = CliRunner.run("--db", db(), "show", id.toString());
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(ExitCode.OK);
        assertThat(text.out()).containsPattern("\nsamples +0\n")
                .contains("statistics: none (the run has no samples; it holds measures)", "\nmeasures\n")
                .containsPattern("\n  measure +unit +better +n +mean +std +min +median +max\n")
                .containsPattern("\n  hyperfine:lwos-bench list-runs --db bench.db +s +lower +5 +0.3082 +0.01632 +0.2912"
                        + " +0.3033 +0.3351\n");

        CliRunner.Result json = CliRunner.run("--db", db(), "show", id.toString(), "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isEqualTo(ExitCode.OK);
        JsonNode measures = MAPPER.readTree(json.out()).get("measures");
        assertThat(measures).hasSize(expected.size());
        Measure first = expected.measures().get(0);
        JsonNode m = measures.get(0);
        assertThat(m.get("name").asText()).isEqualTo(first.name());
        assertThat(m.get("suite").asText()).isEqualTo("hyperfine");
        assertThat(m.get("unit").asText()).isEqualTo("s");
        assertThat(m.get("direction").asText()).isEqualTo("lower_is_better");
        assertThat(m.get("values")).hasSize(first.count());
        assertThat(m.get("values").get(0).asDouble()).isEqualTo(first.value(0));
        assertThat(m.get("summary").get("n").asInt()).isEqualTo(first.count());
        assertThat(m.get("summary").get("mean").asDouble()).isEqualTo(first.mean(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void listRunsSaysWhichRunsHoldOnlyMeasures() throws Exception {
        Path csv = Files.writeString(dir.resolve("frames.csv"), SampleCsv.synthetic(20, 150, 1));
        assertThat(CliRunner.run("--db", db(), "import", csv.toString()).exitCode()).isEqualTo(ExitCode.OK);
        UUID only = imported(CliRunner.run("--db", db(), "import", FORMATS.resolve("generic.json").toString(),
                "--format", "generic-json"));
        CliRunner.Result table = CliRunner.run("--db", db(), "list-runs");
        assertThat(table.exitCode()).as(table.toString()).isEqualTo(ExitCode.OK);
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).containsPattern("samples +measures");
        assertThat(lines).filteredOn(l -> l.contains("generic ")).singleElement().asString()
                .containsPattern("measures only +4 ");
        assertThat(lines).filteredOn(l -> l.contains("frames ")).singleElement().asString()
                .containsPattern(" 20 +- ");

        JsonNode list = MAPPER.readTree(CliRunner.run("--db", db(), "list-runs", "--format", "json").out());
        for (JsonNode run : list) {
            boolean isOnly = run.get("id").asText().equals(only.toString());
            assertThat(run.get("measure_count").asInt()).isEqualTo(isOnly ? 4 : 0);
            assertThat(run.get("sample_count").asInt()).isEqualTo(isOnly ? 0 : 20);
        }
    }

    @Test
    void standardInputImportsWithAResultFormat() {
        String generic = "[{\"name\": \"boot_ms\", \"unit\": \"ms\", \"value\": 412.5}]";
        CliRunner.Result r = CliRunner.runWithInput(generic, "--db", db(), "import", "-", "--format", "generic-json");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("\"import\": 1 measures (generic-json)");
    }

    @Test
    void aBadFileIsAUsageErrorNamingTheFileAndLineAndLeavesNoDatabaseBehind() throws Exception {
        Path bad = Files.writeString(dir.resolve("results.json"), "{\"results\": [\n  {\"command\": \"x\",\n"
                + "   \"times\": [0.1, \"NaN\"]}\n]}\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("--db", db(), "import", bad.toString(), "--format", "hyperfine");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: cannot import " + bad + ":3: ").contains("nothing was imported");
        assertThat(leftBehind()).containsExactly("results.json");
    }

    @Test
    void aBadFileIntoAnExistingStoreChangesNothing() throws Exception {
        UUID first = imported(CliRunner.run("--db", db(), "import", FORMATS.resolve("generic.json").toString(),
                "--format", "generic-json"));
        Path empty = Files.writeString(dir.resolve("empty.log"), "nothing to see\n");
        CliRunner.Result r = CliRunner.run("--db", db(), "import", empty.toString(), "--format", "lwos-native-log");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains(empty.toString());
        try (RunStore store = RunStores.openExisting(db())) {
            assertThat(store.listRuns(RunFilter.ALL)).extracting(Run::id).containsExactly(first);
        }
    }

    @Test
    void sampleFormatsStillWorkAndAnUnknownFormatListsBothKinds() throws Exception {
        Path csv = Files.writeString(dir.resolve("frames.csv"), SampleCsv.synthetic(10, 150, 1));
        CliRunner.Result samples = CliRunner.run("--db", db(), "import", csv.toString(), "--format", "csv");
        assertThat(samples.exitCode()).as(samples.toString()).isEqualTo(ExitCode.OK);
        assertThat(samples.out()).contains("10 samples");

        CliRunner.Result unknown = CliRunner.run("--db", db(), "import", csv.toString(), "--format", "jmhh");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("csv, json, jsonl, archive, lwos-native-log", "generic-json, auto");

        CliRunner.Result duplicate = CliRunner.run("--db", db(), "import", FORMATS.resolve("generic.json").toString(),
                "--format", "generic-json", "--allow-duplicate");
        assertThat(duplicate.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(duplicate.err()).contains("--allow-duplicate");
    }

    @Test
    void aJsonExportOfARunOfMeasuresImportsBackWithThem() throws Exception {
        UUID id = imported(CliRunner.run("--db", db(), "import", FORMATS.resolve("generic.json").toString(),
                "--format", "generic-json"));
        Path json = dir.resolve("generic-export.json");
        CliRunner.Result export = CliRunner.run("--db", db(), "export", id.toString(), "-o", json.toString());
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(json)).startsWith("{\"schema\":\"lwos-bench/export/v3\"").contains("\"measures\":[{");
        UUID back = imported(CliRunner.run("--db", dir.resolve("other.db").toString(), "import", json.toString()));
        try (RunStore a = RunStores.openExisting(db()); RunStore b = RunStores.openExisting(dir.resolve("other.db").toString())) {
            assertThat(b.measures(back)).isEqualTo(a.measures(id));
            assertThat(b.run(back).sampleCount()).isZero();
        }
    }

    private static UUID imported(CliRunner.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        Matcher m = IMPORTED.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        return UUID.fromString(m.group(1));
    }

    private List<String> leftBehind() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}

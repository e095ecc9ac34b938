package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import io.lightwaveos.bench.cli.StoredRuns;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportImportCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    private Run extendedRun() {
        List<Sample> samples = new ArrayList<>(TestSamples.vectorSamples());
        samples.addAll(TestSamples.synthetic(7, samples.size(), 300, 10));
        return StoredRuns.write(dir.resolve("bench.db"), NewRun.named("mixed").withTags(List.of("ext", "vectors"))
                .withDescription("compact and extended").withSource("ws://10.0.0.2/ws"), samples);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "jsonl"})
    void exportImportExportIsByteIdenticalApartFromTheRunIdForExtendedRuns(String format) throws Exception {
        Run original = extendedRun();
        Path first = dir.resolve("first." + format);
        Path second = dir.resolve("second." + format);

        CliRunner.Result export = CliRunner.run("--db", db(), "export", original.id().toString(), "--output", first.toString());
        assertThat(export.exitCode()).as(export.toString()).isEqualTo(ExitCode.OK);
        assertThat(export.err()).contains("Wrote " + original.sampleCount() + " samples").contains("as " + format);
        CliRunner.Result imported = CliRunner.run("--db", db(), "import", first.toString(), "--allow-duplicate");
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.OK);
        assertThat(imported.out()).contains(original.sampleCount() + " samples");
        UUID copy = importedId(imported);
        assertThat(CliRunner.run("--db", db(), "export", copy.toString(), "-o", second.toString()).exitCode())
                .isEqualTo(ExitCode.OK);

        String a = Files.readString(first, StandardCharsets.UTF_8);
        String b = Files.readString(second, StandardCharsets.UTF_8);
        assertThat(b.replace(copy.toString(), original.id().toString())).isEqualTo(a);
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run back = store.run(copy);
            assertThat(back.sampleCount()).isEqualTo(original.sampleCount());
            assertThat(back.cachedStats()).isEqualTo(original.cachedStats());
            if (format.equals("json")) {
                assertThat(back.name()).isEqualTo("mixed");
                assertThat(back.tags()).containsExactly("ext", "vectors");
                assertThat(back.source()).isEqualTo("ws://10.0.0.2/ws");
                assertThat(back.startedAt()).isEqualTo(original.startedAt());
            } else {
                assertThat(back.name()).isEqualTo("first");
            }
        }
    }

    @Test
    void aCollectedCompactRunRoundTripsThroughStandardOutputAndStandardInput() {
        CliRunner.Result collect = CliRunner.run("--db", db(), "-q", "collect", "--simulate", "--simulate-rate", "500",
                "--run-name", "compact", "--max-samples", "40");
        assertThat(collect.exitCode()).as(collect.toString()).isEqualTo(ExitCode.OK);
        CliRunner.Result csv = CliRunner.run("--db", db(), "export", "compact");
        assertThat(csv.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(csv.out()).startsWith(SampleCsv.HEADER.strip() + ",seq,avg_dc_agc_us,avg_chroma_us,goertzel_count_full,hist_0");
        assertThat(csv.out().lines()).hasSize(41);
        assertThat(csv.out().lines().skip(1)).allSatisfy(l -> assertThat(l).endsWith(",,,,,,,,,,,"));

        CliRunner.Result back = CliRunner.runWithInput(csv.out(), "--db", db(), "import", "-", "--format", "csv",
                "--run-name", "again", "--tags", "copy", "--allow-duplicate");
        assertThat(back.exitCode()).as(back.toString()).isEqualTo(ExitCode.OK);
        assertThat(back.out()).contains("\"again\": 40 samples").contains("tags copy");
        assertThat(CliRunner.run("--db", db(), "export", "again").out()).isEqualTo(csv.out());
    }

    @Test
    void thePythonToolsCsvExportImports() throws Exception {
        String csv = SampleCsv.HEADER
                + "2024-01-15T10:30:00.123456,1275129356,135.31112670898438,72.2655258178711,601,325,0.6765556335449219,1,0,131\n"
                + "2024-01-15 10:30:00.223456+00:00,1275129456,155.73614501953125,76.589111328125,414,257,0.7786807417869568,5,2,2\n";
        Path file = dir.resolve("lwos_benchmark_export.csv");
        Files.writeString(file, csv);
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file.toString(), "--tags", "legacy");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("\"lwos_benchmark_export\": 2 samples");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            Run run = store.resolve("lwos_benchmark_export");
            assertThat(run.startedAt()).isEqualTo(Instant.parse("2024-01-15T10:30:00.123456Z"));
            assertThat(run.tags()).containsExactly("legacy");
            assertThat(run.source()).isEqualTo("import:lwos_benchmark_export.csv");
            List<Sample> samples = new ArrayList<>();
            store.forEachSample(run.id(), samples::add);
            assertThat(samples.get(1).frame().avgTotalUs()).isEqualTo(155.73614501953125f);
            assertThat(samples.get(0).frame().flags().raw()).isEqualTo(131);
        }
    }

    @Test
    void aMalformedLineFailsWithItsLineNumberExitsTwoAndImportsNothing() throws Exception {
        String good = SampleCsv.synthetic(5, 150, 1);
        String bad = good + "2026-11-26T10:00:01Z,2000,fast,70,300,100,35,1,1,3\n" + SampleCsv.synthetic(3, 150, 2)
                .lines().skip(1).reduce("", (x, y) -> x + y + "\n");
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, bad);
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: cannot import " + file + ": line 7: ")
                .contains("avg_total_us").contains("fast").contains("nothing was imported");
        assertThat(r.err().lines()).hasSize(1);
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    @Test
    void missingFilesUnknownFormatsAndUnknownRunsAreUsageErrors() throws Exception {
        CliRunner.Result missing = CliRunner.run("--db", db(), "import", dir.resolve("nope.csv").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("nope.csv does not exist");
        Path txt = dir.resolve("data.txt");
        Files.writeString(txt, SampleCsv.synthetic(3, 150, 1));
        CliRunner.Result unknownFormat = CliRunner.run("--db", db(), "import", txt.toString());
        assertThat(unknownFormat.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownFormat.err()).contains("--format csv|json|jsonl|archive");
        assertThat(CliRunner.run("--db", db(), "import", txt.toString(), "--format", "csv").exitCode())
                .isEqualTo(ExitCode.OK);
        CliRunner.Result badFormat = CliRunner.run("--db", db(), "export", "data", "--format", "xml");
        assertThat(badFormat.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badFormat.err()).contains("--format must be one of csv, json, jsonl, archive; got \"xml\"");
        CliRunner.Result unknownRun = CliRunner.run("--db", db(), "export", "nosuch");
        assertThat(unknownRun.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknownRun.err()).contains("no run matches \"nosuch\"").contains("data");
        assertThat(unknownRun.out()).isEmpty();
        CliRunner.Result neither = CliRunner.run("--db", db(), "import");
        assertThat(neither.exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void anUndecodableOrOversizedFileIsAUsageErrorNamingFileAndLine() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (SampleCsv.synthetic(3, 150, 1) + "2026-11-26T10:00:01Z,2000,1,70,300,100,35,1,1,3,caf\u00e9\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        CliRunner.Result r = CliRunner.run("--db", db(), "import", latin1.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: cannot import " + latin1 + ": line 5: expected UTF-8 text, found"
                + " the byte 0xE9").endsWith("nothing was imported\n");
        Path hugeCell = dir.resolve("huge.csv");
        Files.writeString(hugeCell, SampleCsv.HEADER + "2026-11-26T10:00:01Z,2000,\"" + "9".repeat(20 << 20) + "\",70\n");
        CliRunner.Result huge = CliRunner.run("--db", db(), "import", hugeCell.toString());
        assertThat(huge.exitCode()).as(huge.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(huge.err()).isEqualTo("lwos-bench: cannot import " + hugeCell + ": line 2: the line is longer than"
                + " the limit of 1048576 characters per line; nothing was imported\n");
        CliRunner.Result blank = CliRunner.runWithInput(" ".repeat(3 << 20), "--db", db(), "import", "-", "--format", "jsonl");
        assertThat(blank.exitCode()).as(blank.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(blank.err()).contains("line 1: the line is longer than the limit of 1048576 characters per line");
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            assertThat(store.listRuns(RunFilter.ALL)).isEmpty();
        }
    }

    @Test
    void aRunNameWithControlCharactersInAJsonExportIsRefused() throws Exception {
        extendedRun();
        Path json = dir.resolve("x.json");
        assertThat(CliRunner.run("--db", db(), "export", "mixed", "-o", json.toString()).exitCode()).isZero();
        Files.writeString(json, Files.readString(json).replace("\"name\":\"mixed\"", "\"name\":\"mi\\u001bxed\""));
        CliRunner.Result r = CliRunner.run("--db", db(), "import", json.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("a run name must not contain control characters, got \"mi\\exed\"");
    }

    @Test
    void exportToAFolderThatDoesNotExistFailsAndLeavesNothing() {
        extendedRun();
        CliRunner.Result r = CliRunner.run("--db", db(), "export", "mixed", "-o", dir.resolve("no/such/dir/x.csv").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILURE);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void aNewOutputFileGetsTheUmasksPermissionsAndAnExistingOneKeepsItsOwn() throws Exception {
        extendedRun();
        // What this process's umask makes of a new file, the way a shell's > creates one.
        Path reference = dir.resolve("reference");
        java.nio.file.Files.newOutputStream(reference).close();
        Path fresh = dir.resolve("fresh.csv");
        CliRunner.Result r = CliRunner.run("--db", db(), "export", "mixed", "-o", fresh.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(java.nio.file.Files.getPosixFilePermissions(fresh))
                .isEqualTo(java.nio.file.Files.getPosixFilePermissions(reference));

        Path shared = dir.resolve("shared.csv");
        java.nio.file.Files.writeString(shared, "old");
        java.nio.file.Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        assertThat(CliRunner.run("--db", db(), "export", "mixed", "-o", shared.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void anOutputThatIsASymbolicLinkIsWrittenThroughAndTheLinkStays() throws Exception {
        extendedRun();
        Path real = dir.resolve("real.csv");
        java.nio.file.Files.writeString(real, "old");
        Path link = java.nio.file.Files.createSymbolicLink(dir.resolve("latest.csv"), real.getFileName());
        CliRunner.Result r = CliRunner.run("--db", db(), "export", "mixed", "-o", link.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(java.nio.file.Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(java.nio.file.Files.readString(real)).startsWith("timestamp_utc,");
        // A dangling link is written through too: the file it names is created.
        Path later = dir.resolve("later.csv");
        Path dangling = java.nio.file.Files.createSymbolicLink(dir.resolve("next.csv"), later.getFileName());
        assertThat(CliRunner.run("--db", db(), "export", "mixed", "-o", dangling.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertThat(java.nio.file.Files.isSymbolicLink(dangling)).isTrue();
        assertThat(java.nio.file.Files.readString(later)).startsWith("timestamp_utc,");
    }

    private static UUID importedId(CliRunner.Result r) {
        String line = r.out().lines().filter(l -> l.startsWith("Imported run ")).findFirst().orElseThrow();
        return UUID.fromString(line.substring("Imported run ".length(), "Imported run ".length() + 36));
    }
}

package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    private void importCsv(String name, String csv) throws Exception {
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, csv);
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
    }

    @BeforeEach
    void runs() throws Exception {
        importCsv("fast", SampleCsv.synthetic(200, 150, 1));
        importCsv("slow", SampleCsv.synthetic(200, 160, 2));
        importCsv("same", SampleCsv.synthetic(200, 150, 3));
    }

    @Test
    void textReportIsAHeadlineATableAndADetailLinePerRegression() {
        CliRunner.Result r = CliRunner.run("--db", db(), "compare", "fast", "slow");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("A  ").contains("\"fast\", 200 samples");
        assertThat(lines.get(1)).startsWith("B  ").contains("\"slow\", 200 samples");
        assertThat(lines.stream().filter(l -> l.startsWith("B is ")).findFirst().orElseThrow()).matches("B is 6\\.[0-9] % slower on avg_total_us \\(95 % CI \\+6\\.[0-9] … \\+[67]\\.[0-9] %\\),"
                + " 1 regression, 1 equivalent, 2 inconclusive");
        assertThat(lines.stream().filter(l -> l.startsWith("metric ")).findFirst().orElseThrow()).contains("A mean ± sd", "B mean ± sd", "change [95 % CI]", "p (Holm)",
                "verdict");
        String total = lines.stream().filter(l -> l.startsWith("avg_total_us ")).findFirst().orElseThrow();
        assertThat(total).contains("µs").containsPattern("150\\.[0-9]{2} ± [0-9.]+").containsPattern("\\+6\\.[0-9] % \\[\\+6\\.[0-9], \\+[67]\\.[0-9]\\]")
                .endsWith("regressed");
        assertThat(lines.stream().filter(l -> l.startsWith("avg_goertzel_us ")).findFirst().orElseThrow())
                .endsWith("equivalent");
        assertThat(lines.stream().filter(l -> l.startsWith("cpu_load_percent ")).findFirst().orElseThrow())
                .endsWith("equivalent (derived)");
        assertThat(r.out()).contains("avg_total_us regressed: B - A = +").contains(" (95 % CI), p (Holm) ")
                .doesNotContain("Welch p").doesNotContain("Cohen's d")
                .contains("Holm-adjusted over 4 metrics; alpha 0.05, min effect 1.0 %")
                .contains("cpu_load_percent is derived from avg_total_us: same verdict logic, not counted.");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void bothRunsContextsStandSideBySideAndADifferentRigIsAWarning() throws Exception {
        Path file = dir.resolve("rigged.csv");
        Files.writeString(file, SampleCsv.synthetic(200, 150, 4));
        assertThat(CliRunner.run("--db", db(), "import", file.toString(), "--run-name", "on-1", "--rig", "bench-1",
                "--firmware-version", "2.0.0", "--commit", "abc1234").exitCode()).isZero();
        assertThat(CliRunner.run("--db", db(), "import", file.toString(), "--run-name", "on-2", "--rig", "bench-2", "--allow-duplicate",
                "--firmware-version", "2.1.0", "--commit", "def5678").exitCode()).isZero();

        CliRunner.Result r = CliRunner.run("--db", db(), "compare", "on-1", "on-2");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  rig +bench-1 +bench-2"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  firmware +2\\.0\\.0 +2\\.1\\.0"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("  commit +abc1234 +def5678"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("  quality "));
        assertThat(lines).contains("warning: A and B differ in rig (bench-1 vs bench-2); the difference may come"
                + " from that, not from the firmware");

        CliRunner.Result same = CliRunner.run("--db", db(), "compare", "on-1", "on-1");
        assertThat(same.out()).doesNotContain("differ in");
        CliRunner.Result markdown = CliRunner.run("--db", db(), "compare", "on-1", "on-2", "--format", "markdown");
        assertThat(markdown.out()).contains("> **warning:** A and B differ in rig (bench-1 vs bench-2)");
    }

    @Test
    void verboseAddsThePlainTests() {
        CliRunner.Result r = CliRunner.run("--db", db(), "-v", "compare", "fast", "slow");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("plain tests").contains("Welch p").contains("Mann-Whitney p").contains("Cohen's d")
                .contains("(large)");
    }

    @Test
    void fewSamplesAreInconclusiveAndSayHowManyWouldTell() throws Exception {
        importCsv("short-a", SampleCsv.synthetic(6, 150, 11));
        importCsv("short-b", SampleCsv.synthetic(6, 150.5, 12));
        CliRunner.Result r = CliRunner.run("--db", db(), "compare", "short-a", "short-b", "--metric", "avg_total_us");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("B against A on avg_total_us is inconclusive (change ")
                .containsPattern("avg_total_us inconclusive: change [-+][0-9.]+ % \\[[-+][0-9.]+, \\+[0-9.]+\\] could be nothing or"
                        + " more than 1\\.0 %; about [0-9,]+ effective samples per run would tell \\(now 6 and 6\\)");
    }

    @Test
    void nothingToCompareIsAUsageErrorNamingWhatIsMissing() {
        CliRunner.Result r = CliRunner.run("--db", db(), "compare", "fast", "slow", "--metric", "avg_dc_agc_us");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("lwos-bench: cannot compare fast with slow: nothing to compare: no metric of"
                + " avg_dc_agc_us has values in both runs (A has none, B has none)\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void failOnRegressionExitsThreeOnlyWhenAMetricRegressed() {
        CliRunner.Result regressed = CliRunner.run("--db", db(), "compare", "fast", "slow", "--fail-on-regression");
        assertThat(regressed.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(regressed.err()).isEqualTo("lwos-bench: 1 metric(s) regressed: avg_total_us\n");
        assertThat(regressed.out()).contains("regressed");

        CliRunner.Result improved = CliRunner.run("--db", db(), "compare", "slow", "fast", "--fail-on-regression");
        assertThat(improved.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(improved.out()).contains("B is 6.").contains("faster on avg_total_us").contains("1 improvement");

        assertThat(CliRunner.run("--db", db(), "compare", "fast", "same", "--fail-on-regression").exitCode())
                .isEqualTo(ExitCode.OK);
    }

    @Test
    void minEffectAndAlphaDecideSignificance() {
        CliRunner.Result bigEffect = CliRunner.run("--db", db(), "compare", "fast", "slow", "--min-effect", "0.2",
                "--fail-on-regression");
        assertThat(bigEffect.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(bigEffect.out()).doesNotContain("regression").contains("min effect 20.0 %")
                .contains("equivalent: the 90 % CI lies within ±20.0 %");
        CliRunner.Result badAlpha = CliRunner.run("--db", db(), "compare", "fast", "slow", "--alpha", "1.5");
        assertThat(badAlpha.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badAlpha.err()).contains("alpha");
    }

    @Test
    void metricsCanBeChosenAndUnknownOnesListTheKnownOnes() {
        CliRunner.Result one = CliRunner.run("--db", db(), "compare", "fast", "slow", "--metric", "avg_total_us",
                "--metric", "cpu_load_percent");
        assertThat(one.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(one.out()).contains("avg_total_us ").contains("cpu_load_percent ").doesNotContain("peak_total_us")
                .contains("Holm-adjusted over 1 metric;");
        CliRunner.Result unknown = CliRunner.run("--db", db(), "compare", "fast", "slow", "--metric", "latency");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown metric \"latency\"")
                .contains("avg_total_us, avg_goertzel_us, cpu_load_percent, peak_total_us, peak_goertzel_us,"
                        + " avg_dc_agc_us, avg_chroma_us");
        assertThat(unknown.out()).isEmpty();
        CliRunner.Result typo = CliRunner.run("--db", db(), "compare", "fast", "slow", "--metric", "avg_totl_us");
        assertThat(typo.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(typo.err()).startsWith("lwos-bench: unknown metric \"avg_totl_us\"; did you mean \"avg_total_us\"?"
                + " Known metrics: avg_total_us, ");
    }

    @Test
    void theOutputFileNameChoosesTheFormatWhenNoneIsGivenAndTextEndsWithANewline() throws Exception {
        Path json = dir.resolve("report.json");
        CliRunner.Result r = CliRunner.run("--db", db(), "compare", "fast", "slow", "--output", json.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).path("schema").asText())
                .startsWith("lwos-bench/compare/");
        Path md = dir.resolve("report.md");
        assertThat(CliRunner.run("--db", db(), "compare", "fast", "slow", "-o", md.toString()).exitCode()).isZero();
        assertThat(Files.readString(md)).startsWith("**A** ");
        Path txt = dir.resolve("report.txt");
        assertThat(CliRunner.run("--db", db(), "compare", "fast", "slow", "-o", txt.toString()).exitCode()).isZero();
        assertThat(Files.readString(txt)).startsWith("A  ").endsWith(".\n");
        CliRunner.Result explicit = CliRunner.run("--db", db(), "compare", "fast", "slow", "--format", "text",
                "-o", json.toString());
        assertThat(explicit.exitCode()).isZero();
        assertThat(Files.readString(json)).startsWith("A  ");
        for (String format : new String[] {"text", "json", "markdown"}) {
            assertThat(CliRunner.run("--db", db(), "compare", "fast", "slow", "--format", format).out()).endsWith("\n");
        }
    }

    @Test
    void markdownIsATableForAPullRequestAndOutputGoesToAFile() throws Exception {
        Path file = dir.resolve("report.md");
        CliRunner.Result r = CliRunner.run("--db", db(), "compare", "fast", "slow", "--format", "markdown",
                "--output", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("Wrote the comparison to " + file);
        String md = Files.readString(file);
        assertThat(md).contains("| metric | A mean ± sd | B mean ± sd | change [95 % CI] | p (Holm) | verdict |")
                .contains("|---|---:|---:|---:|---:|---|")
                .contains("| `avg_total_us` | ").contains("**regressed**").contains("| equivalent (derived) |")
                .containsPattern("\\*\\*B is 6\\.[0-9] % slower on avg\\\\_total\\\\_us")
                .contains("- avg\\_total\\_us regressed: B - A = +");
        assertThat(md.lines().filter(l -> l.startsWith("| `"))).hasSize(5);
    }

    @Test
    void unknownRunsAreUsageErrors() {
        CliRunner.Result r = CliRunner.run("--db", db(), "compare", "fast", "nosuch");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("no run matches \"nosuch\"").contains("fast").contains("slow");
        assertThat(CliRunner.run("--db", db(), "compare", "fast").exitCode()).isEqualTo(ExitCode.USAGE);
    }
}

package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code compare} (and {@code report}) of runs holding measures (SPEC §14): repeats get the tests
 * and verdicts of a frame metric, single values their relative change only, and a name that is
 * both a frame metric and a measure must be written {@code suite:name}. The result files are in
 * each tool's real shape: JMH's {@code -rf json} as this project's own JMH run writes it, the
 * LightwaveOS native benchmark's output.
 */
class CompareMeasuresCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path NATIVE_LOG = Path.of("").toAbsolutePath().getParent()
            .resolve("lwos-bench-formats/src/test/resources/formats/native-full-benchmark.log");
    private static final String DECODE = "io.lightwaveos.bench.jmh.FrameDecodeBenchmark.flyweightCompact";
    private static final String STATS = "io.lightwaveos.bench.jmh.StatsBenchmark.summary";

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    /**
     * A JMH result (mode avgt, 3 forks of 5 iterations) of two benchmarks: the decoder around
     * {@code decodeNs} ns/op and the statistics around 41,000 ns/op, each iteration with about 1 %
     * noise and each fork its own offset, as JMH's forks have.
     */
    private Path jmhFile(String name, double decodeNs, long seed) throws Exception {
        Random random = new Random(seed);
        ArrayNode root = MAPPER.createArrayNode();
        for (String[] bench : new String[][] {{DECODE, Double.toString(decodeNs)}, {STATS, "41000"}}) {
            double centre = Double.parseDouble(bench[1]);
            ObjectNode o = root.addObject();
            o.put("jmhVersion", "1.37");
            o.put("benchmark", bench[0]);
            o.put("mode", "avgt");
            o.put("threads", 1);
            o.put("forks", 3);
            o.put("jvm", "/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
            o.putArray("jvmArgs");
            o.put("jdkVersion", "17.0.15");
            o.put("vmName", "OpenJDK 64-Bit Server VM");
            o.put("vmVersion", "17.0.15+6-Debian-1deb12u1");
            o.put("warmupIterations", 3);
            o.put("warmupTime", "1 s");
            o.put("warmupBatchSize", 1);
            o.put("measurementIterations", 5);
            o.put("measurementTime", "1 s");
            o.put("measurementBatchSize", 1);
            ObjectNode primary = o.putObject("primaryMetric");
            ArrayNode raw = MAPPER.createArrayNode();
            double sum = 0;
            int n = 0;
            for (int fork = 0; fork < 3; fork++) {
                double forkOffset = 1 + 0.004 * random.nextGaussian();
                ArrayNode iterations = raw.addArray();
                for (int i = 0; i < 5; i++) {
                    double v = centre * forkOffset * (1 + 0.01 * random.nextGaussian());
                    iterations.add(v);
                    sum += v;
                    n++;
                }
            }
            primary.put("score", sum / n);
            primary.put("scoreError", centre * 0.02);
            primary.putArray("scoreConfidence").add(sum / n - centre * 0.02).add(sum / n + centre * 0.02);
            primary.putObject("scorePercentiles").put("0.0", centre * 0.98).put("50.0", centre).put("100.0", centre * 1.02);
            primary.put("scoreUnit", "ns/op");
            primary.set("rawData", raw);
            o.putObject("secondaryMetrics");
        }
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }

    private void importFile(Path file, String format, String name) {
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file.toString(), "--format", format, "--run-name", name);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
    }

    private Path nativeLog(String name, double latencyMs) throws Exception {
        String log = Files.readString(NATIVE_LOG).replace("Latency: 8.4 ms PASS", "Latency: " + latencyMs + " ms PASS");
        Path file = dir.resolve(name + ".log");
        Files.writeString(file, log);
        return file;
    }

    @Test
    void twoJmhResultsTenPercentApartSayRegressedInEveryFormat() throws Exception {
        importFile(jmhFile("jmh-a", 98.5, 1), "jmh", "jmh-a");
        importFile(jmhFile("jmh-b", 98.5 * 1.10, 2), "jmh", "jmh-b");

        CliRunner.Result text = CliRunner.run("--db", db(), "compare", "jmh-a", "jmh-b");
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(ExitCode.OK);
        String decodeRow = text.out().lines().filter(l -> l.startsWith("jmh:" + DECODE + " ")).findFirst().orElseThrow();
        assertThat(decodeRow).contains("ns/op").containsPattern("\\+(9|10|11)\\.[0-9] % \\[").endsWith("regressed");
        String statsRow = text.out().lines().filter(l -> l.startsWith("jmh:" + STATS + " ")).findFirst().orElseThrow();
        assertThat(statsRow).doesNotEndWith("regressed").doesNotEndWith("improved");
        assertThat(text.out()).as("runs of measures only show no frame metric").doesNotContain("avg_total_us")
                .contains("B is ").contains("slower on jmh:" + DECODE).contains("1 regression");

        CliRunner.Result json = CliRunner.run("--db", db(), "compare", "jmh-a", "jmh-b", "--format", "json");
        JsonNode doc = MAPPER.readTree(json.out());
        assertThat(doc.path("metrics")).isEmpty();
        JsonNode decode = doc.path("measures").get(0);
        assertThat(decode.path("measure").asText()).isEqualTo("jmh:" + DECODE);
        assertThat(decode.path("suite").asText()).isEqualTo("jmh");
        assertThat(decode.path("unit").asText()).isEqualTo("ns/op");
        assertThat(decode.path("direction").asText()).isEqualTo("lower_is_better");
        assertThat(decode.path("a").path("n").asInt()).isEqualTo(15);
        assertThat(decode.path("verdict").asText()).isEqualTo("regressed");
        assertThat(decode.path("relative_change").asDouble()).isBetween(0.08, 0.12);
        assertThat(decode.path("adjusted").path("p_holm").asDouble()).isLessThan(0.05);
        assertThat(decode.path("note").isNull()).isTrue();
        assertThat(doc.path("regressions").asInt()).isEqualTo(1);

        CliRunner.Result md = CliRunner.run("--db", db(), "compare", "jmh-a", "jmh-b", "--format", "markdown");
        assertThat(md.out()).contains("| measure | suite | unit | A | B |").contains("| `" + DECODE + "` | jmh | ns/op | ")
                .contains("**regressed**").doesNotContain("| metric |");
        CliRunner.Result junit = CliRunner.run("--db", db(), "compare", "jmh-a", "jmh-b", "--format", "junit");
        assertThat(junit.out()).contains("<testcase name=\"" + DECODE + "\"").contains("<failure")
                .contains("tests=\"2\" failures=\"1\"");

        CliRunner.Result gate = CliRunner.run("--db", db(), "compare", "jmh-a", "jmh-b", "--fail-on-regression");
        assertThat(gate.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(gate.err()).contains("jmh:" + DECODE);

        CliRunner.Result one = CliRunner.run("--db", db(), "compare", "jmh-a", "jmh-b", "--metric", DECODE, "--format", "json");
        assertThat(one.exitCode()).as(one.toString()).isEqualTo(ExitCode.OK);
        assertThat(MAPPER.readTree(one.out()).path("measures")).hasSize(1);
    }

    @Test
    void singleValuesGetTheirRelativeChangeOnlyAndSaySo() throws Exception {
        importFile(nativeLog("native-a", 8.4), "lwos-native-log", "native-a");
        importFile(nativeLog("native-b", 9.24), "lwos-native-log", "native-b");
        CliRunner.Result text = CliRunner.run("--db", db(), "compare", "native-a", "native-b");
        assertThat(text.exitCode()).as(text.toString()).isEqualTo(ExitCode.OK);
        String row = text.out().lines().filter(l -> l.startsWith("native:latency_ms ")).findFirst().orElseThrow();
        assertThat(row).contains("+10.0 %").endsWith("inconclusive");
        assertThat(text.out()).contains("native:latency_ms inconclusive: single value: relative change only, change +10.0 %");

        JsonNode doc = MAPPER.readTree(CliRunner.run("--db", db(), "compare", "native-a", "native-b", "--format", "json").out());
        JsonNode latency = null;
        for (JsonNode m : doc.path("measures")) {
            if (m.path("measure").asText().equals("native:latency_ms")) {
                latency = m;
            }
        }
        assertThat(latency).isNotNull();
        assertThat(latency.path("verdict").asText()).isEqualTo("inconclusive");
        assertThat(latency.path("note").asText()).isEqualTo("single value: relative change only");
        assertThat(latency.path("relative_change").asDouble()).isCloseTo(0.10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(latency.path("adjusted").path("p").isNull()).isTrue();
        assertThat(doc.path("regressions").asInt()).as("a single value is never called a regression").isZero();

        CliRunner.Result md = CliRunner.run("--db", db(), "compare", "native-a", "native-b", "--format", "markdown");
        assertThat(md.out()).contains("| `latency_ms` | native | ms | 8.40 | 9.24 | +10.0 % | - |"
                + " _inconclusive (single value: relative change only)_ |")
                .contains("| `native:cpu_load_percent` | native | % |");
        CliRunner.Result junit = CliRunner.run("--db", db(), "compare", "native-a", "native-b", "--format", "junit");
        assertThat(junit.out()).contains("<testcase name=\"latency_ms\"")
                .contains("latency_ms (native, ms): A 8.40, B 9.24, change +10.0 %, inconclusive (single value: relative"
                        + " change only)")
                .contains("<testcase name=\"native:cpu_load_percent\"").contains("failures=\"0\"");
        Path html = dir.resolve("native.html");
        CliRunner.Result report = CliRunner.run("--db", db(), "report", "native-a", "native-b", "-o", html.toString());
        assertThat(report.exitCode()).as(report.toString()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(html)).contains("<h2>Measures</h2>")
                .contains("<td>latency_ms</td><td>native</td><td>ms</td><td class=\"num\">8.40</td>")
                .contains("<td>inconclusive (single value: relative change only)</td>");
    }

    @Test
    void aNameThatIsBothAFrameMetricAndAMeasureMustNameItsSuite() throws Exception {
        importFile(nativeLog("native-a", 8.4), "lwos-native-log", "native-a");
        importFile(nativeLog("native-b", 8.4), "lwos-native-log", "native-b");
        CliRunner.Result bare = CliRunner.run("--db", db(), "compare", "native-a", "native-b", "--metric", "cpu_load_percent");
        assertThat(bare.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(bare.err()).contains("\"cpu_load_percent\" is ambiguous")
                .contains("frame:cpu_load_percent (frame metric)").contains("native:cpu_load_percent");
        assertThat(bare.out()).isEmpty();

        CliRunner.Result measure = CliRunner.run("--db", db(), "compare", "native-a", "native-b", "--metric",
                "native:cpu_load_percent");
        assertThat(measure.exitCode()).as(measure.toString()).isEqualTo(ExitCode.OK);
        assertThat(measure.out()).contains("native:cpu_load_percent ").doesNotContain("native:latency_ms");

        CliRunner.Result frame = CliRunner.run("--db", db(), "compare", "native-a", "native-b", "--metric",
                "frame:cpu_load_percent");
        assertThat(frame.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(frame.err()).contains("nothing to compare");

        CliRunner.Result unknown = CliRunner.run("--db", db(), "compare", "native-a", "native-b", "--metric", "latncy_ms");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("unknown metric \"latncy_ms\"; did you mean \"native:latency_ms\"?");
    }

    @Test
    void framesAndMeasuresOfTheSameRunsAreComparedTogether() throws Exception {
        Path a = dir.resolve("a.csv");
        Files.writeString(a, SampleCsv.synthetic(200, 150, 1));
        Path b = dir.resolve("b.csv");
        Files.writeString(b, SampleCsv.synthetic(200, 150, 2));
        assertThat(CliRunner.run("--db", db(), "import", a.toString(), "--run-name", "frames-a").exitCode()).isZero();
        assertThat(CliRunner.run("--db", db(), "import", b.toString(), "--run-name", "frames-b").exitCode()).isZero();
        // Frames only on both sides: exactly as before, no measures.
        JsonNode doc = MAPPER.readTree(CliRunner.run("--db", db(), "compare", "frames-a", "frames-b", "--format", "json").out());
        assertThat(doc.path("metrics")).hasSize(5);
        assertThat(doc.path("measures")).isEmpty();
    }

    @Test
    void theHtmlReportListsTheMeasures() throws Exception {
        importFile(jmhFile("jmh-a", 98.5, 1), "jmh", "jmh-a");
        importFile(jmhFile("jmh-b", 98.5 * 1.10, 2), "jmh", "jmh-b");
        Path html = dir.resolve("report.html");
        CliRunner.Result r = CliRunner.run("--db", db(), "report", "jmh-a", "jmh-b", "-o", html.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        String page = Files.readString(html);
        String data = page.substring(page.indexOf("id=\"report-data\">") + "id=\"report-data\">".length());
        data = data.substring(0, data.indexOf("</script>"));
        JsonNode measures = MAPPER.readTree(data).path("compare").path("measures");
        assertThat(measures).hasSize(2);
        assertThat(measures.get(0).path("measure").asText()).isEqualTo("jmh:" + DECODE);
        assertThat(measures.get(0).path("verdict").asText()).isEqualTo("regressed");
        // The measures' card is written by the server; the script's comparison table keeps to frame metrics.
        assertThat(page).contains("<h2>Measures</h2>")
                .contains("<tr data-measure=\"jmh:" + DECODE + "\" data-verdict=\"regressed\"><td>" + DECODE
                        + "</td><td>jmh</td><td>ns/op</td>");
    }
}

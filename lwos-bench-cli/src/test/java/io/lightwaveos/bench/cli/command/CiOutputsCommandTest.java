package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SampleCsv;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** What CI keeps: compare and check as JUnit XML, and the comparison as one HTML file. */
class CiOutputsCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    @BeforeEach
    void runs() throws Exception {
        for (String[] run : new String[][] {{"fast", "150"}, {"slow", "160"}}) {
            Path file = dir.resolve(run[0] + ".csv");
            Files.writeString(file, SampleCsv.synthetic(200, Double.parseDouble(run[1]), run[0].length()));
            CliRunner.Result r = CliRunner.run("--db", db(), "import", file.toString());
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        }
    }

    @Test
    void compareAsJUnitXmlHasOneTestcasePerMetricAndTheRegressionAsAFailure() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db(), "compare", "fast", "slow", "--format", "junit");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);

        Element suite = suite(r.out());
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        List<Element> cases = elements(suite, "testcase");
        assertThat(cases).extracting(e -> e.getAttribute("name")).containsExactly("avg_total_us", "avg_goertzel_us",
                "cpu_load_percent", "peak_total_us", "peak_goertzel_us");
        assertThat(((Element) cases.get(0).getElementsByTagName("failure").item(0)).getAttribute("type"))
                .isEqualTo("regressed");
    }

    @Test
    void checkAsJUnitXmlFailsTheKeyBeyondItsLimitAndExitsThree() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Files.writeString(baseline, "{\"avg_total_us\": 140, \"avg_goertzel_us\": 75, \"unknown_key\": 1}");
        Path xml = dir.resolve("check.xml");
        CliRunner.Result r = CliRunner.run("--db", db(), "check", "slow", "--baseline", baseline.toString(),
                "--format", "junit");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.GATE_FAILED);
        Files.writeString(xml, r.out());

        Element suite = suite(Files.readString(xml));
        List<Element> cases = elements(suite, "testcase");
        assertThat(cases).extracting(e -> e.getAttribute("name"))
                .containsExactly("avg_total_us", "avg_goertzel_us", "unknown_key");
        assertThat(cases.get(0).getElementsByTagName("failure").getLength()).isEqualTo(1);
        assertThat(cases.get(2).getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(r.err()).contains("check failed");
    }

    @Test
    void reportWritesOneSelfContainedHtmlFile() throws Exception {
        Path file = dir.resolve("out/report.html");
        Files.createDirectories(file.getParent());
        CliRunner.Result r = CliRunner.run("--db", db(), "report", "fast", "slow", "-o", file.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).isEqualTo("Wrote the report of fast (A) and slow (B) to " + file + "\n");

        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!doctype html>").contains("<script type=\"application/json\" id=\"report-data\">")
                .contains("\"verdict\":\"regressed\"").contains("uPlot").doesNotContain("src=\"").doesNotContain("<link ");
        assertThat(CliRunner.run("--db", db(), "report", "fast", "nope").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    private static Element suite(String xml) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("testsuites");
        return (Element) doc.getElementsByTagName("testsuite").item(0);
    }

    private static List<Element> elements(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList list = parent.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}

package io.lightwaveos.bench.analysis.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.RunSummary;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.Gate;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The JUnit XML reports validate against the CI servers' report shape and read back as written. */
class JUnitXmlTest {

    static final Run A = run("baseline", "2026-11-26T14:02:19Z");
    static final Run B = run("candidate <&> \"quoted\"", "2026-11-26T15:10:00Z");

    @Test
    void aComparisonIsOneTestcasePerMetricWithRegressionsAsFailuresAndMissingDataSkipped() throws Exception {
        Map<Metric, double[]> a = new EnumMap<>(Metric.class);
        Map<Metric, double[]> b = new EnumMap<>(Metric.class);
        a.put(Metric.AVG_TOTAL_US, wave(150, 1000));
        b.put(Metric.AVG_TOTAL_US, wave(165, 1000));
        a.put(Metric.AVG_GOERTZEL_US, wave(75, 1000));
        b.put(Metric.AVG_GOERTZEL_US, wave(75, 1000));
        a.put(Metric.AVG_DC_AGC_US, wave(13, 100));
        Comparison c = Comparison.compare(a, b, CompareOptions.defaults()
                .withMetrics(List.of(Metric.AVG_TOTAL_US, Metric.AVG_GOERTZEL_US, Metric.AVG_DC_AGC_US)));

        StringWriter xml = new StringWriter();
        JUnitXml.compare(A, B, c, xml);
        Document doc = validated(xml.toString());

        Element suites = doc.getDocumentElement();
        assertThat(suites.getAttribute("tests")).isEqualTo("3");
        assertThat(suites.getAttribute("failures")).isEqualTo("1");
        assertThat(suites.getAttribute("skipped")).isEqualTo("1");
        Element suite = (Element) suites.getElementsByTagName("testsuite").item(0);
        assertThat(suite.getAttribute("name")).isEqualTo("compare \"baseline\" (" + Format.shortId(A.id())
                + ") with \"candidate <&> \"quoted\"\" (" + Format.shortId(B.id()) + ")");
        assertThat(suite.getAttribute("timestamp")).isEqualTo("2026-11-26T15:10:00");
        assertThat(properties(suite)).containsEntry("run_a", A.id().toString()).containsEntry("alpha", "0.05");

        List<Element> cases = children(suite, "testcase");
        assertThat(cases).extracting(e -> e.getAttribute("name"))
                .containsExactly("avg_total_us", "avg_goertzel_us", "avg_dc_agc_us");
        assertThat(cases).allSatisfy(e -> assertThat(e.getAttribute("classname")).isEqualTo("lwos-bench.compare"));
        Element failure = (Element) cases.get(0).getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("type")).isEqualTo("regressed");
        assertThat(failure.getAttribute("message")).startsWith("avg_total_us regressed: +10.00%");
        assertThat(failure.getTextContent()).startsWith("avg_total_us regressed: B - A = +15");
        assertThat(cases.get(1).getElementsByTagName("failure").getLength()).isZero();
        assertThat(cases.get(1).getElementsByTagName("skipped").getLength()).isZero();
        assertThat(((Element) cases.get(2).getElementsByTagName("skipped").item(0)).getAttribute("message"))
                .isEqualTo("avg_dc_agc_us has no values in run B");
        String report = children(suite, "system-out").get(0).getTextContent();
        assertThat(report).contains("A  " + Format.shortId(A.id()) + " \"baseline\"").contains("verdict");
    }

    @Test
    void aGateIsOneTestcasePerKeyWithFailuresFailedWarningsOnlyWhenStrictAndSkippedKeysSkipped() throws Exception {
        Baseline baseline = Baseline.parse("""
                {"avg_total_us": 150, "avg_goertzel_us": 70, "cpu_load_percent": 0.6, "no_such_metric": 1,
                 "_thresholds": {"avg_goertzel_us": {"warning": "+5%", "failure": "+20%"}}}
                """);
        RunSummary summary = RunSummary.of(Map.of(Metric.AVG_TOTAL_US, wave(150, 500),
                Metric.AVG_GOERTZEL_US, wave(75, 500), Metric.CPU_LOAD_PERCENT, wave(0.75, 500)));
        GateResult result = Gate.evaluate(baseline, summary.metrics());

        for (boolean strict : new boolean[] {false, true}) {
            StringWriter xml = new StringWriter();
            JUnitXml.check(B, "test/baseline/pipeline.json", result, strict, xml);
            Element suite = (Element) validated(xml.toString()).getElementsByTagName("testsuite").item(0);

            List<Element> cases = children(suite, "testcase");
            assertThat(cases).extracting(e -> e.getAttribute("name"))
                    .containsExactly("avg_total_us", "avg_goertzel_us", "cpu_load_percent", "no_such_metric");
            assertThat(failureType(cases.get(0))).isNull();
            assertThat(failureType(cases.get(1))).isEqualTo(strict ? "warn" : null);
            assertThat(failureType(cases.get(2))).isEqualTo("fail");
            assertThat(cases.get(3).getElementsByTagName("skipped").getLength()).isEqualTo(1);
            assertThat(suite.getAttribute("failures")).isEqualTo(strict ? "2" : "1");
            assertThat(suite.getAttribute("skipped")).isEqualTo("1");
            assertThat(properties(suite)).containsEntry("strict", Boolean.toString(strict)).containsEntry("result", "fail");
        }
    }

    @Test
    void measuresAreTestcasesNamedAsReportsNameThemWithSuiteUnitValuesAndVerdict() throws Exception {
        for (boolean frames : new boolean[] {true, false}) {
            StringWriter xml = new StringWriter();
            JUnitXml.compare(A, B, MeasureRowTest.comparison(frames), xml);
            Element suite = (Element) validated(xml.toString()).getElementsByTagName("testsuite").item(0);
            List<Element> cases = children(suite, "testcase");
            List<String> measures = List.of("decode", "latency_ms", "native:cpu_load_percent", "buffer_size");
            assertThat(cases).extracting(e -> e.getAttribute("name")).as("frames " + frames)
                    .endsWith(measures.toArray(String[]::new)).hasSize(frames ? 5 + measures.size() : measures.size());
            cases = cases.subList(cases.size() - measures.size(), cases.size());
            Element decode = cases.get(0);
            assertThat(failureType(decode)).isEqualTo("regressed");
            assertThat(((Element) decode.getElementsByTagName("failure").item(0)).getAttribute("message"))
                    .startsWith("decode regressed: +10.");
            Element latency = cases.get(1);
            assertThat(failureType(latency)).isNull();
            assertThat(latency.getTextContent()).isEqualTo("latency_ms (native, ms): A 8.40, B 9.24, change +10.0 %,"
                    + " inconclusive (single value: relative change only), p (Holm) -");
            assertThat(suite.getAttribute("failures")).isEqualTo("1");
        }
    }

    private static String failureType(Element testcase) {
        NodeList f = testcase.getElementsByTagName("failure");
        return f.getLength() == 0 ? null : ((Element) f.item(0)).getAttribute("type");
    }

    /** Validates against the JUnit report schema, then parses with a namespace-unaware DOM parser. */
    private static Document validated(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(JUnitXmlTest.class.getResourceAsStream("/junit-report.xsd")))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Map<String, String> properties(Element suite) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        NodeList p = suite.getElementsByTagName("property");
        for (int i = 0; i < p.getLength(); i++) {
            Element e = (Element) p.item(i);
            out.put(e.getAttribute("name"), e.getAttribute("value"));
        }
        return out;
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> out = new ArrayList<>();
        NodeList all = parent.getChildNodes();
        for (int i = 0; i < all.getLength(); i++) {
            if (all.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                out.add(e);
            }
        }
        return out;
    }

    /** n values around {@code mean}: a deterministic wave of ±2 %. */
    private static double[] wave(double mean, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = mean * (1 + 0.02 * Math.sin(i * 2.1));
        }
        return v;
    }

    private static Run run(String name, String startedAt) {
        return new Run(UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)), name, "",
                Set.of(), "simulator", Instant.parse(startedAt), Instant.parse(startedAt).plusSeconds(10),
                RunStatus.COMPLETE, 1000, null, null, null);
    }
}

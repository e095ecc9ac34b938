package io.lightwaveos.bench.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.web.fixture.FixtureData;
import io.lightwaveos.bench.web.page.ComparisonReport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The comparison report of two runs from a real store, opened from disk in headless Chromium: the
 * tables are filled, every chart's canvas has data drawn on it, and the page made no request (no
 * resource fetched, nothing refused by its Content-Security-Policy, no console error).
 */
class ComparisonReportBrowserTest {

    @TempDir
    static Path profile;
    @TempDir
    Path out;

    private static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() {
        driver = BrowserSupport.start(profile);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** What renders a report of the fixture's baseline (A) and candidate (B). */
    @FunctionalInterface
    private interface Render {
        byte[] html(FixtureData data, ResolvedRun a, ResolvedRun b);
    }

    /** The report {@code render} makes of a fresh fixture, written to {@code name}. */
    private Path written(String name, Render render) throws Exception {
        Path file = out.resolve(name);
        try (FixtureData data = new FixtureData(50)) {
            Files.write(file, render.html(data, data.resolve(FixtureData.BASELINE.toString()),
                    data.resolve(FixtureData.CANDIDATE.toString())));
        }
        return file;
    }

    @Test
    void theReportDrawsEveryChartOfflineFromTheFileAlone() throws Exception {
        Path file = written("report.html", (data, a, b) -> ComparisonReport.bytes(data, a, b, CompareOptions.defaults()));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").doesNotContain("<link ");

        driver.manage().logs().get(LogType.BROWSER);
        driver.get(file.toUri().toString());
        BrowserSupport.waitFor(driver, Duration.ofSeconds(15),
                d -> "true".equals(BrowserSupport.js(d, "return document.body.dataset.rendered || null")));

        List<WebElement> rows = driver.findElements(By.cssSelector("#compare-table tbody tr"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.findElement(By.cssSelector("#compare-table tr[data-metric='avg_total_us']"))
                .getAttribute("data-verdict")).isEqualTo("regressed");
        assertThat(driver.findElement(By.cssSelector("#runs-table tr[data-fact='name']")).getText())
                .contains("baseline-v1.4");
        assertThat(driver.findElements(By.cssSelector("#runs-table tr[data-fact^='counters.']"))).isNotEmpty();
        // Counters in words, as the text output prints them, never as JSON.
        List<String> malformed = driver.findElements(By.cssSelector("#runs-table tr[data-fact='counters.frames_malformed'] td"))
                .stream().map(WebElement::getText).toList();
        assertThat(malformed).containsExactly("0 (BAD_LENGTH 0, NON_FINITE 0)", "1 (BAD_LENGTH 1, NON_FINITE 0)");
        assertThat(driver.findElement(By.id("runs-table")).getText()).doesNotContain("{");

        List<WebElement> charts = driver.findElements(By.cssSelector("#charts .chart"));
        assertThat(charts).hasSize(2 * rows.size());
        for (WebElement chart : charts) {
            String id = chart.getAttribute("id");
            assertThat(BrowserSupport.dataPixels(driver, "#" + id)).as("data pixels drawn in " + id).isGreaterThan(200);
        }

        Object resources = BrowserSupport.js(driver,
                "return performance.getEntriesByType('resource').map(e => e.name)");
        assertThat((List<?>) resources).as("resources fetched by the page").isEmpty();
        List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(problems).as("console warnings and errors (a blocked request would show here)").isEmpty();
        BrowserSupport.screenshot(driver, "comparison-report");
    }

    /** A CI decision as {@code ci --format json} prints it, over {@code baselineRuns}. */
    private static ObjectNode ciDocument(String kind, String... baselineRuns) {
        ObjectNode ci = JsonNodeFactory.instance.objectNode();
        ci.put("schema", "lwos-bench/ci/v1").put("name", "audio-pipeline");
        ci.putObject("run").put("id", FixtureData.CANDIDATE.toString()).put("name", "candidate-v1.5")
                .put("rig", "bench-2").put("branch", "feature/fft").put("commit", "5e6f7a8b");
        ci.put("mode", "pull_request");
        ci.putObject("pull_request").put("number", 12).put("base_branch", "main").put("base_commit", "1a2b3c4d");
        ObjectNode baseline = ci.putObject("baseline").put("kind", kind);
        ArrayNode runs = baseline.putArray("runs");
        for (String id : baselineRuns) {
            runs.add(id);
        }
        baseline.put("merge_base", "1a2b3c4d").put("branch", "main").putNull("file");
        ArrayNode measures = ci.putArray("measures");
        if (baselineRuns.length > 0) {
            measures.addObject().put("name", "avg_total_us").put("unit", "µs").put("direction", "lower_is_better")
                    .put("baseline", 160.0).put("current", 176.0).put("relative_change", 0.1).put("verdict", "regressed")
                    .put("decision", "fail").put("reason", "regressed");
        }
        ci.put("decision", baselineRuns.length > 0 ? "fail" : "pass");
        ci.putArray("notes").add(baselineRuns.length > 0 ? "1 of the 10 baseline runs asked for exist" : "no baseline: nothing to compare with, so this passes");
        ci.putObject("posted").putNull("comment").putNull("status").put("summary", false).put("notified", 0);
        return ci;
    }

    private void open(Path file) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(file.toUri().toString());
        BrowserSupport.waitFor(driver, Duration.ofSeconds(15),
                d -> "true".equals(BrowserSupport.js(d, "return document.body.dataset.rendered || null")));
    }

    private List<LogEntry> problems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    @Test
    void aCiReportShowsTheDecisionsAboveTheComparisonWithTheNewestBaselineRun() throws Exception {
        Path file = written("ci.html", (data, a, b) -> ComparisonReport.ciBytes(data, a, b, CompareOptions.defaults(),
                ciDocument("merge_base", FixtureData.BASELINE.toString())));
        open(file);
        assertThat(driver.findElement(By.id("ci-decision")).getText()).isEqualTo("fail");
        assertThat(driver.findElement(By.cssSelector("#ci-table tr[data-measure='avg_total_us']"))
                .getAttribute("data-decision")).isEqualTo("fail");
        assertThat(driver.findElement(By.id("ci-baseline")).getText()).contains("at or before the merge base 1a2b3c4d")
                .contains("compared with the newest baseline run (A), baseline-v1.4");
        assertThat(driver.findElement(By.id("ci-baseline-runs")).getText()).contains(FixtureData.BASELINE.toString());
        assertThat(driver.findElements(By.cssSelector("#compare-table tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
        List<WebElement> charts = driver.findElements(By.cssSelector("#charts .chart"));
        assertThat(charts).isNotEmpty();
        assertThat(BrowserSupport.dataPixels(driver, "#" + charts.get(0).getAttribute("id"))).isGreaterThan(200);
        assertThat(problems()).as("console warnings and errors").isEmpty();
    }

    @Test
    void aCiReportWithoutABaselineRunShowsTheRunAloneAndSaysSo() throws Exception {
        Path file = written("alone.html", (data, a, b) -> ComparisonReport.ciBytes(data, null, b,
                CompareOptions.defaults(), ciDocument("none")));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(html).contains("The run alone: there is no baseline run").doesNotContain("src=\"http");
        open(file);
        assertThat(driver.findElement(By.id("ci-decision")).getText()).isEqualTo("pass");
        assertThat(driver.findElement(By.id("ci-baseline")).getText()).startsWith("No baseline");
        assertThat(driver.findElement(By.id("ci")).getText()).contains("no baseline: nothing to compare with");
        assertThat(driver.findElement(By.id("compare-table")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#runs-table thead th"))).extracting(WebElement::getText)
                .containsExactly("", "run");
        List<WebElement> charts = driver.findElements(By.cssSelector("#charts .chart"));
        assertThat(charts).isNotEmpty();
        for (WebElement chart : charts) {
            assertThat(BrowserSupport.dataPixels(driver, "#" + chart.getAttribute("id")))
                    .as("data pixels drawn in " + chart.getAttribute("id")).isGreaterThan(200);
        }
        assertThat(problems()).as("console warnings and errors").isEmpty();
    }

    /** Issue 24: a string with {@code <!--<script>} in the embedded JSON left the page blank. */
    @Test
    void markupInARunsStringsStaysTextAndTheReportStillRenders() throws Exception {
        String hostile = "x<!--<script></script>&\u2028y";
        Path file = out.resolve("hostile.html");
        try (FixtureData data = new FixtureData(50)) {
            data.updateContext(FixtureData.CANDIDATE, new RunContext("bench-2", DeviceInfo.ofFirmware(hostile),
                    new Workload(7, "Ripple", 128, 10, 3), new Vcs("5e6f7a8b", "main"), null, Map.of("note", hostile)));
            ResolvedRun a = data.resolve(FixtureData.BASELINE.toString());
            ResolvedRun b = data.resolve(FixtureData.CANDIDATE.toString());
            Files.write(file, ComparisonReport.bytes(data, a, b, CompareOptions.defaults()));
        }
        String html = Files.readString(file, StandardCharsets.UTF_8);
        String embedded = html.substring(html.indexOf("id=\"report-data\">"), html.indexOf("</script>",
                html.indexOf("id=\"report-data\">")));
        assertThat(embedded).doesNotContain("<!--").doesNotContain("<script").contains("x\\u003c!--\\u003cscript");

        driver.get(file.toUri().toString());
        BrowserSupport.waitFor(driver, Duration.ofSeconds(15),
                d -> "true".equals(BrowserSupport.js(d, "return document.body.dataset.rendered || null")));
        assertThat(driver.findElements(By.cssSelector("#compare-table tbody tr"))).hasSizeGreaterThanOrEqualTo(5);
        Object firmware = BrowserSupport.js(driver,
                "return document.querySelector(\"#runs-table tr[data-fact='context.device.firmware'] td:last-child\")"
                        + ".textContent");
        assertThat(firmware).isEqualTo(hostile);
    }
}

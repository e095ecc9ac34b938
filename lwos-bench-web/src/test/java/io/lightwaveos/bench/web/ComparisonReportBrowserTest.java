package io.lightwaveos.bench.web;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void theReportDrawsEveryChartOfflineFromTheFileAlone() throws Exception {
        Path file = out.resolve("report.html");
        try (FixtureData data = new FixtureData(50)) {
            ResolvedRun a = data.resolve(FixtureData.BASELINE.toString());
            ResolvedRun b = data.resolve(FixtureData.CANDIDATE.toString());
            Files.write(file, ComparisonReport.bytes(data, a, b, CompareOptions.defaults()));
        }
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

package io.lightwaveos.bench.web;

import static io.lightwaveos.bench.web.BrowserSupport.dataPixels;
import static io.lightwaveos.bench.web.BrowserSupport.js;
import static io.lightwaveos.bench.web.BrowserSupport.screenshot;
import static io.lightwaveos.bench.web.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.web.fixture.FixtureData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The pages in headless Chromium against a running dashboard over the fixture data. */
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path profile;

    private static ChromeDriver driver;
    private FixtureData data;
    private DashboardServer server;

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

    private String open(String path) {
        data = data == null ? new FixtureData(200) : data;
        if (server == null) {
            server = new DashboardServer(data, new DashboardOptions("127.0.0.1", 0, Duration.ofMillis(100))).start();
        }
        String url = "http://127.0.0.1:" + server.port() + path;
        driver.get(url);
        return url;
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.close();
        }
        if (data != null) {
            data.close();
        }
    }

    private void waitReady() {
        waitFor(driver, WAIT, d -> js(d, "return document.body.dataset.ready") != null);
        assertThat(js(driver, "return document.body.dataset.ready")).as("page finished without error").isEqualTo("true");
    }

    private void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    @Test
    void runsListShowsTheRunsAndFiltersByTag() {
        open("/");
        waitFor(driver, WAIT, d -> d.findElements(By.cssSelector("#runs-body tr[data-run-id]")).size() == 5);
        String table = driver.findElement(By.id("runs-table")).getText();
        assertThat(table).contains("baseline-v1.4", "candidate-v1.5", "wifi-soak", "unreachable-device", "live-capture",
                "RUNNING", "COMPLETE", "INTERRUPTED", "FAILED", "3,000");
        screenshot(driver, "runs-list");

        open("/?tag=esp32s3");
        waitFor(driver, WAIT, d -> d.findElements(By.cssSelector("#runs-body tr[data-run-id]")).size() == 3);
        assertThat(driver.findElement(By.id("f-tag")).getAttribute("value")).isEqualTo("esp32s3");
        assertNoConsoleErrors();
    }

    private WebElement tick(String runId) {
        WebElement box = driver.findElement(By.cssSelector("#runs-body tr[data-run-id='" + runId + "'] input.pick"));
        box.click();
        return box;
    }

    @Test
    void runsListComparesExactlyTwoTickedRunsOlderFirst() {
        open("/");
        waitFor(driver, WAIT, d -> d.findElements(By.cssSelector("#runs-body tr[data-run-id]")).size() == 5);
        WebElement compare = driver.findElement(By.id("compare-selected"));
        assertThat(compare.isEnabled()).as("nothing ticked").isFalse();
        tick(FixtureData.CANDIDATE.toString());
        assertThat(compare.isEnabled()).as("one ticked").isFalse();
        tick(FixtureData.BASELINE.toString());
        assertThat(compare.isEnabled()).as("two ticked").isTrue();
        assertThat(driver.findElement(By.id("selection-note")).getText())
                .isEqualTo("A (baseline): baseline-v1.4 · B (candidate): candidate-v1.5");
        WebElement third = tick(FixtureData.SOAK.toString());
        assertThat(compare.isEnabled()).as("three ticked").isFalse();
        assertThat(driver.findElement(By.id("selection-note")).getText()).contains("3 runs ticked");
        third.click();
        assertThat(compare.isEnabled()).isTrue();
        screenshot(driver, "runs-list-two-ticked");
        compare.click();
        waitFor(driver, WAIT, d -> d.getCurrentUrl().contains("/compare?"));
        assertThat(driver.getCurrentUrl()).endsWith("/compare?a=" + FixtureData.BASELINE + "&b=" + FixtureData.CANDIDATE);
        waitReady();
        assertThat(driver.findElements(By.cssSelector("#compare-table tbody tr[data-metric]"))).isNotEmpty();
        assertThat(driver.findElement(By.id("compare-runs")).getText()).contains("A: baseline-v1.4", "B: candidate-v1.5");
        assertNoConsoleErrors();
    }

    @Test
    void runViewDrawsItsChartsAndStatsTable() {
        open("/runs/baseline-v1.4");
        waitReady();
        List<WebElement> rows = driver.findElements(By.cssSelector("#stats-table tbody tr[data-metric]"));
        assertThat(rows).extracting(r -> r.getAttribute("data-metric")).contains("avg_total_us", "cpu_load_percent",
                "avg_dc_agc_us", "avg_chroma_us");
        assertThat(rows.get(0).getText()).contains("3,000");
        for (String chart : List.of("#chart-timing", "#chart-peaks", "#chart-cpu", "#chart-hist", "#chart-device")) {
            assertThat(dataPixels(driver, chart)).as(chart + " has data drawn").isGreaterThan(500);
        }
        assertThat(driver.findElement(By.id("events-table")).getText()).contains("gap", "lost ~3 frames");
        assertThat(driver.findElement(By.id("run-facts")).getText()).contains("bench-1", "1.4.0", "Ripple (#7)",
                "main", "1a2b3c4d");
        assertThat(driver.findElement(By.id("run-quality")).getText()).matches("(?is)quality\\s+clean");
        screenshot(driver, "run-view");
        assertNoConsoleErrors();
    }

    @Test
    void runViewOfACompactOnlyRunExplainsTheMissingDeviceHistogram() {
        open("/runs/wifi-soak");
        waitReady();
        assertThat(driver.findElements(By.cssSelector("#stats-table tbody tr[data-metric]"))).hasSize(5);
        assertThat(driver.findElement(By.id("chart-device")).getText()).contains("No extended frames");
        assertThat(dataPixels(driver, "#chart-timing")).isGreaterThan(500);
        screenshot(driver, "run-view-compact");
    }

    @Test
    void runViewOfAnUnknownRunShowsTheApiError() {
        open("/runs/no-such-run");
        waitFor(driver, WAIT, d -> js(d, "return document.body.dataset.ready") != null);
        assertThat(driver.findElement(By.id("run-error")).getText()).contains("no run matches \"no-such-run\"");
    }

    @Test
    void compareViewShowsTheVerdictTableOfTheApi() throws Exception {
        open("/compare?a=baseline-v1.4&b=candidate-v1.5");
        waitReady();
        JsonNode api = new ObjectMapper().readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/compare?a=baseline-v1.4&b=candidate-v1.5&alpha=0.05&min_effect=0.01"))
                .build(), HttpResponse.BodyHandlers.ofString()).body());
        Map<String, String> expected = new HashMap<>();
        api.get("metrics").forEach(m -> expected.put(m.get("metric").asText(), m.get("verdict").asText()));
        List<WebElement> rows = driver.findElements(By.cssSelector("#compare-table tbody tr[data-metric]"));
        Map<String, String> shown = new HashMap<>();
        rows.forEach(r -> shown.put(r.getAttribute("data-metric"), r.getAttribute("data-verdict")));
        assertThat(shown).isEqualTo(expected);
        assertThat(expected).containsValue("regressed");
        for (WebElement row : rows) {
            if (row.getAttribute("data-verdict").equals("regressed")) {
                assertThat(row.getAttribute("class")).contains("regressed");
                assertThat(row.getText()).contains("regressed");
            }
        }
        assertThat(driver.findElement(By.id("regression-count")).getText())
                .startsWith(api.get("regressions").asText() + " regression");
        String context = driver.findElement(By.id("compare-context")).getText();
        assertThat(context).contains("bench-1", "bench-2", "1.4.0", "1.5.0-rc1", "feature/chroma")
                .contains("warning: A and B differ in rig (bench-1 vs bench-2)");
        assertThat(driver.findElement(By.id("compare-headline")).getText()).isEqualTo(api.get("headline").asText());
        assertThat(driver.findElements(By.cssSelector("#compare-notes li"))).hasSize(api.get("notes").size());
        assertThat(driver.findElements(By.cssSelector("#compare-table thead th")).stream().map(WebElement::getText))
                .contains("95 % CI of the change (%)", "change (%)", "p (Holm)")
                .doesNotContain("p Welch", "p Mann-Whitney");
        WebElement derived = driver.findElement(By.cssSelector("#compare-table tbody tr[data-metric=cpu_load_percent]"));
        assertThat(derived.getText()).contains("(derived)");
        assertThat(dataPixels(driver, "#chart-overlay-series")).isGreaterThan(500);
        assertThat(dataPixels(driver, "#chart-overlay-hist")).isGreaterThan(500);
        screenshot(driver, "compare-view");
        assertNoConsoleErrors();
    }

    @Test
    void inconclusiveVerdictsAreAmberAndEquivalentOnesGrey() {
        // A run against itself with min effect 0: nothing significant, nothing can be shown equivalent.
        open("/compare?a=baseline-v1.4&b=baseline-v1.4&min_effect=0");
        waitReady();
        List<WebElement> inconclusive = driver.findElements(By.cssSelector("#compare-table tbody .verdict.inconclusive"));
        assertThat(inconclusive).as("5 compact and 2 extended metrics").hasSize(7);
        assertThat(inconclusive.get(0).getCssValue("color")).isEqualTo("rgba(180, 83, 9, 1)");
        assertThat(inconclusive.get(0).getCssValue("background-color")).isEqualTo("rgba(253, 243, 226, 1)");
        assertThat(driver.findElement(By.id("inconclusive-count")).getText()).as("cpu_load_percent is derived").isEqualTo("6 inconclusive");
        assertThat(driver.findElement(By.id("compare-headline")).getText())
                .startsWith("B against A on avg_total_us is inconclusive (change +0.0");

        // The same with a 50 % min effect: every metric is shown to be equivalent.
        open("/compare?a=baseline-v1.4&b=baseline-v1.4&min_effect=0.5");
        waitReady();
        List<WebElement> equivalent = driver.findElements(By.cssSelector("#compare-table tbody .verdict.equivalent"));
        assertThat(equivalent).hasSize(7);
        assertThat(equivalent.get(0).getCssValue("background-color")).isEqualTo("rgba(229, 231, 235, 1)");
        assertThat(equivalent.get(0).getCssValue("color")).isEqualTo("rgba(55, 65, 81, 1)");
        assertThat(driver.findElement(By.id("equivalent-count")).getText()).isEqualTo("6 equivalent");
        screenshot(driver, "compare-view-equivalent");
        assertNoConsoleErrors();
    }

    @Test
    void liveViewGainsPointsWhileSamplesAreAppended() throws Exception {
        open("/runs/live-capture/live");
        waitReady();
        waitFor(driver, WAIT, d -> "connected".equals(js(d, "return document.body.dataset.live")));
        long before = points();
        assertThat(driver.findElement(By.id("live-samples")).getText()).isEqualTo("200");
        for (int i = 0; i < 5; i++) {
            data.appendLive(10);
            Thread.sleep(200);
        }
        waitFor(driver, WAIT, d -> d.findElement(By.id("live-samples")).getText().equals("250"));
        waitFor(driver, WAIT, d -> points() >= before + 50);
        assertThat(dataPixels(driver, "#chart-live-timing")).isGreaterThan(500);
        assertThat(driver.findElement(By.id("live-total")).getText()).matches("[0-9.,]+");
        screenshot(driver, "live-view");

        data.finishLive(RunStatus.COMPLETE);
        waitFor(driver, WAIT, d -> "ended".equals(js(d, "return document.body.dataset.live")));
        assertThat(driver.findElement(By.id("live-error")).getText()).contains("COMPLETE", "250 samples");
        assertNoConsoleErrors();
    }

    private long points() {
        return Long.parseLong(driver.findElement(By.id("live-points")).getText().replace(",", ""));
    }
}

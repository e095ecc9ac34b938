package io.lightwaveos.bench.web;

import static io.lightwaveos.bench.web.BrowserSupport.dataPixels;
import static io.lightwaveos.bench.web.BrowserSupport.js;
import static io.lightwaveos.bench.web.BrowserSupport.screenshot;
import static io.lightwaveos.bench.web.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.web.fixture.HistoryFixture;
import io.lightwaveos.bench.web.fixture.MeasureResults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/** Measures on the history page and in the compare view, in headless Chromium, over imported results beside a frame history. */
class MeasureBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ApiTestSupport.Served served;
    private static ChromeDriver driver;

    /** The tests only read: one store, one dashboard and one browser serve them all. */
    @BeforeAll
    static void start(@TempDir Path profile) {
        HistoryFixture fixture = new HistoryFixture(20);
        MeasureResults.addTo(fixture.service());
        served = ApiTestSupport.serve(fixture.data(), fixture);
        driver = BrowserSupport.start(profile);
    }

    @AfterAll
    static void stop() {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (served != null) {
                served.close();
            }
        }
    }

    /** Opens a page of the dashboard and waits until it has loaded; {@code outcome} is "true" or "error". */
    private static void open(String path, String outcome) {
        driver.manage().logs().get(LogType.BROWSER); // forget what earlier pages logged
        driver.get("http://127.0.0.1:" + served.server().port() + path);
        waitFor(driver, WAIT, d -> !String.valueOf(js(d, "return document.body.dataset.ready || ''")).isEmpty());
        assertThat(js(driver, "return document.body.dataset.ready")).as(path).isEqualTo(outcome);
    }

    private static void open(String path) {
        open(path, "true");
    }

    private static void assertNoConsoleErrors() {
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll()).as("browser console errors")
                .noneMatch(e -> e.getLevel().intValue() >= Level.SEVERE.intValue());
    }

    private static List<String> texts(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }

    @Test
    void theHistoryPageOffersEveryMeasureAndDrawsTheChosenOnesStep() {
        open("/history");
        assertThat(driver.findElements(By.cssSelector("#h-metric optgroup#measure-choices option")))
                .extracting(o -> o.getAttribute("value"))
                .containsExactly("decode_ns", "jmh:latency_ms", "native:cpu_load_percent", "native:latency_ms");
        assertThat(driver.findElement(By.cssSelector("#h-metric option[value='frame:cpu_load_percent']")).getText())
                .as("the frame metric of a name a measure shares").isEqualTo("frame:cpu_load_percent (%)");

        new Select(driver.findElement(By.id("h-metric"))).selectByValue("native:latency_ms");
        js(driver, "document.body.dataset.ready = ''");
        driver.findElement(By.cssSelector("#history-form button[type=submit]")).click();
        waitFor(driver, WAIT, d -> "true".equals(js(d, "return document.body.dataset.ready")));
        assertThat(driver.getCurrentUrl()).contains("metric=native%3Alatency_ms");
        assertThat(driver.findElements(By.cssSelector("#points-table tbody tr[data-run-id]"))).hasSize(MeasureResults.RUNS);
        assertThat(driver.findElement(By.id("history-summary")).getText())
                .contains("measure native:latency_ms mean per run (ms, lower is better)", "24 runs");
        assertThat(driver.findElements(By.cssSelector("#changes-table tbody tr[data-index]"))).singleElement()
                .satisfies(c -> {
                    assertThat(c.getAttribute("data-index")).isEqualTo(String.valueOf(MeasureResults.STEP));
                    assertThat(c.getText()).contains(MeasureResults.name(MeasureResults.STEP), "8.40105 ms", "9.40918 ms", "+12.00 %",
                            "regressed");
                });
        assertThat(texts("#points-table tbody tr[data-index='0'] td.num")).contains("8.4", "—");
        assertThat(driver.findElement(By.id("acknowledged-table")).getText()).contains("acknowledged for frame metrics");
        assertThat(dataPixels(driver, "#chart-history")).as("points and level drawn").isGreaterThan(500);
        screenshot(driver, "history-measure");
        assertNoConsoleErrors();
    }

    @Test
    void aMeasureWithRepeatsIsDrawnWithItsIntervalAndAnyNameOfItSelectsIt() {
        open("/history?metric=jmh:decode_ns");
        assertThat(new Select(driver.findElement(By.id("h-metric"))).getFirstSelectedOption().getAttribute("value"))
                .as("suite:name chooses the entry listed under its bare name").isEqualTo("decode_ns");
        assertThat(driver.findElement(By.id("value-head")).getText()).isEqualTo("mean (ns/op)");
        String interval = texts("#points-table tbody tr[data-index='0'] td.num").get(2);
        assertThat(interval).matches("\\[4\\.1\\d*, 4\\.2\\d*\\]");
        long withBand = dataPixels(driver, "#chart-history");
        open("/history?metric=native:latency_ms");
        assertThat(withBand).as("the shaded interval adds to the points").isGreaterThan(dataPixels(driver, "#chart-history"));
        assertNoConsoleErrors();
    }

    @Test
    void anAmbiguousNameInTheUrlSaysWhichToName() {
        open("/history?metric=latency_ms", "error");
        assertThat(driver.findElement(By.id("history-error")).getText())
                .contains("jmh:latency_ms", "native:latency_ms");
    }

    @Test
    void theCompareViewShowsBothRunsMeasuresSideBySide() {
        open("/compare?a=" + MeasureResults.name(MeasureResults.STEP - 1) + "&b=" + MeasureResults.name(MeasureResults.STEP));
        assertThat(driver.findElement(By.id("measures-compare-card")).isDisplayed()).isTrue();
        List<WebElement> rows = driver.findElements(By.cssSelector("#measures-compare-table tbody tr[data-measure]"));
        assertThat(rows).extracting(r -> r.getAttribute("data-measure"))
                .containsExactly("native:latency_ms", "native:cpu_load_percent", "jmh:decode_ns");
        WebElement latency = rows.get(0);
        assertThat(latency.getAttribute("data-verdict")).isEqualTo("inconclusive");
        assertThat(latency.getText()).contains("latency_ms", "ms", "8.3832", "9.408", "+12.2", "inconclusive",
                "single value: relative change only");
        WebElement decode = rows.get(2);
        assertThat(decode.getAttribute("data-verdict")).isEqualTo("regressed");
        assertThat(decode.getText()).contains("(n 5)", "regressed");
        assertThat(driver.findElement(By.id("overlay-card")).isDisplayed()).as("no frames to overlay").isFalse();
        assertThat(driver.findElement(By.id("compare-table-wrap")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("compare-headline")).getText()).isNotBlank();
        screenshot(driver, "compare-measures");
        assertNoConsoleErrors();
    }

    @Test
    void comparingRunsOfFramesShowsNoMeasuresCard() {
        open("/compare?a=nightly-00&b=nightly-25");
        assertThat(driver.findElement(By.id("measures-compare-card")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("overlay-card")).isDisplayed()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#compare-table tbody tr[data-metric]"))).isNotEmpty();
        assertNoConsoleErrors();
    }
}

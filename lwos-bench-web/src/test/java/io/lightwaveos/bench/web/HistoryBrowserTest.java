package io.lightwaveos.bench.web;

import static io.lightwaveos.bench.web.BrowserSupport.dataPixels;
import static io.lightwaveos.bench.web.BrowserSupport.js;
import static io.lightwaveos.bench.web.BrowserSupport.screenshot;
import static io.lightwaveos.bench.web.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.web.fixture.HistoryFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The history page in headless Chromium over a stored nightly history with a step at run 20. */
class HistoryBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path profile;

    private static ChromeDriver driver;
    private static HistoryFixture fixture;
    private static DashboardServer server;

    @BeforeAll
    static void start() {
        fixture = new HistoryFixture(200);
        server = new DashboardServer(fixture.data(), new DashboardOptions("127.0.0.1", 0, Duration.ofMillis(100))).start();
        driver = BrowserSupport.start(profile);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        driver.manage().logs().get(LogType.BROWSER);
    }

    private static void open(String path) {
        driver.get("http://127.0.0.1:" + server.port() + path);
    }

    private static void waitReady(String expected) {
        waitFor(driver, WAIT, d -> {
            Object ready = js(d, "return document.body.dataset.ready");
            return ready != null && !ready.toString().isEmpty();
        });
        assertThat(js(driver, "return document.body.dataset.ready")).isEqualTo(expected);
    }

    private static void assertNoConsoleErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }

    private static List<WebElement> pointRows() {
        return driver.findElements(By.cssSelector("#points-table tbody tr[data-run-id]"));
    }

    @Test
    void trendShowsTheStepAsAChangePointWithItsCommit() {
        open("/history?metric=avg_total_us");
        waitReady("true");
        assertThat(pointRows()).hasSize(HistoryFixture.RUNS);
        List<WebElement> changes = driver.findElements(By.cssSelector("#changes-table tbody tr[data-index]"));
        assertThat(changes).hasSize(1);
        WebElement change = changes.get(0);
        assertThat(change.getAttribute("data-index")).isEqualTo(String.valueOf(HistoryFixture.STEP));
        assertThat(change.getText()).contains("#20", "nightly-20", "c0000020", "1.5.0", "regressed");
        assertThat(change.findElement(By.tagName("a")).getAttribute("href"))
                .endsWith("/runs/" + fixture.ids().get(HistoryFixture.STEP));
        WebElement marked = driver.findElement(By.cssSelector("#points-table tr.change"));
        assertThat(marked.getAttribute("data-index")).isEqualTo("20");
        assertThat(marked.getText()).contains("▲✓", "nightly-20");
        assertThat(change.getText()).as("the change's acknowledgement, text not markup").contains(HistoryFixture.ACK_REASON);
        List<WebElement> acks = driver.findElements(By.cssSelector("#acknowledged-table tbody tr[data-index]"));
        assertThat(acks).singleElement().satisfies(a -> {
            assertThat(a.getAttribute("data-index")).isEqualTo("20");
            assertThat(a.getText()).contains("#20", "nightly-20", HistoryFixture.ACK_REASON);
        });
        assertThat(driver.findElement(By.id("history-summary")).getText())
                .contains("avg_total_us mean per run", "rig bench-1", "workload Ripple", "30 runs");
        assertThat(dataPixels(driver, "#chart-history")).as("points, band and level drawn").isGreaterThan(1500);
        // The change point's dashed marker is drawn in the regression colour at run 20, the first of the new level.
        Object markerPixels = js(driver, """
                const u = document.querySelector('#chart-history').lwChart;
                const x = Math.round(u.valToPos(20, 'x', true));
                const d = u.ctx.getImageData(x - 1, u.bbox.top, 3, u.bbox.height).data;
                let n = 0;
                for (let i = 0; i < d.length; i += 4) if (d[i] > 180 && d[i + 1] < 80 && d[i + 2] < 80) n++;
                return n;
                """);
        assertThat(((Number) markerPixels).longValue()).isGreaterThan(50);
        assertThat(driver.findElement(By.cssSelector("nav a.active")).getText()).isEqualTo("History");
        screenshot(driver, "history-view");
        assertNoConsoleErrors();
    }

    @Test
    void clickingAPointOpensItsRun() {
        open("/history?metric=avg_total_us");
        waitReady("true");
        WebElement over = driver.findElement(By.cssSelector("#chart-history .u-over"));
        @SuppressWarnings("unchecked")
        Map<String, Object> pos = (Map<String, Object>) js(driver, """
                const u = document.querySelector('#chart-history').lwChart;
                return {x: u.valToPos(5, 'x'), y: u.valToPos(u.data[3][5], 'y'),
                        w: u.over.clientWidth, h: u.over.clientHeight};
                """);
        int dx = (int) Math.round(((Number) pos.get("x")).doubleValue() - ((Number) pos.get("w")).doubleValue() / 2);
        int dy = (int) Math.round(((Number) pos.get("y")).doubleValue() - ((Number) pos.get("h")).doubleValue() / 2);
        new Actions(driver).moveToElement(over, dx, dy).pause(Duration.ofMillis(200)).click().perform();
        String expected = "/runs/" + fixture.ids().get(5);
        waitFor(driver, WAIT, d -> d.getCurrentUrl().endsWith(expected));
        waitReady("true");
        assertThat(driver.findElement(By.id("run-name")).getText()).isEqualTo("nightly-05");
    }

    @Test
    void filtersFromTheFormGoIntoTheUrlAndSelectTheRuns() {
        open("/history");
        waitReady("true");
        assertThat(pointRows()).as("defaults: avg_total_us of the newest rig").hasSize(HistoryFixture.RUNS);
        assertThat(driver.findElement(By.id("h-metric")).getAttribute("value")).isEqualTo("avg_total_us");
        assertThat(driver.findElement(By.id("h-stat")).getAttribute("value")).as("the default statistic").isEqualTo("mean");
        WebElement rig = driver.findElement(By.id("h-rig"));
        rig.sendKeys("bench-2");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("h-stat"))).selectByValue("p95");
        driver.findElement(By.cssSelector("#history-form button[type=submit]")).click();
        waitReady("true");
        waitFor(driver, WAIT, d -> pointRows().size() == HistoryFixture.OTHER_RIG_RUNS);
        assertThat(driver.getCurrentUrl()).contains("rig=bench-2", "stat=p95").doesNotContain("window=");
        assertThat(driver.findElement(By.id("value-head")).getText()).isEqualTo("p95 (µs)");
        assertThat(driver.findElement(By.id("changes-table")).getText()).contains("No change point");

        open("/history?metric=avg_total_us&all_rigs=true&name=nightly-2*");
        waitReady("true");
        assertThat(pointRows()).hasSize(10);
        assertThat(driver.findElement(By.id("h-all-rigs")).isSelected()).isTrue();
        assertThat(driver.findElement(By.id("h-name")).getAttribute("value")).isEqualTo("nightly-2*");
        assertNoConsoleErrors();
    }

    @Test
    void badParametersInTheUrlShowTheApiError() {
        open("/history?metric=avg_total_us&last=0");
        waitReady("error");
        assertThat(driver.findElement(By.id("history-error")).getText())
                .isEqualTo("last must be an integer from 1 to 5000, got \"0\"");
        assertThat(driver.findElement(By.id("history-result")).isDisplayed()).isFalse();
    }

    @Test
    void everyPageLinksToTheHistory() {
        for (String page : List.of("/", "/compare", "/runs/nightly-00")) {
            open(page);
            waitFor(driver, WAIT, d -> !d.findElements(By.cssSelector("nav a[href='/history']")).isEmpty());
        }
        driver.findElement(By.cssSelector("nav a[href='/history']")).click();
        waitReady("true");
        assertThat(driver.getCurrentUrl()).endsWith("/history");
    }
}

package io.lightwaveos.bench.web;

import static io.lightwaveos.bench.web.BrowserSupport.dataPixels;
import static io.lightwaveos.bench.web.BrowserSupport.js;
import static io.lightwaveos.bench.web.BrowserSupport.screenshot;
import static io.lightwaveos.bench.web.BrowserSupport.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Vcs;
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

    private String cell(String runId, String column) {
        return driver.findElement(By.cssSelector("#runs-body tr[data-run-id='" + runId + "'] td." + column)).getText();
    }

    private String cellText(String runId, String column) {
        return driver.findElement(By.cssSelector("#runs-body tr[data-run-id='" + runId + "'] td." + column))
                .getAttribute("textContent");
    }

    @Test
    void runsListShowsQualityRigFirmwareAndCommitEscapedAndFiltersByThem() {
        open("/");
        String hostile = "<img src=x onerror=\"window.pwned=1\">";
        data.updateContext(FixtureData.SOAK, new RunContext(hostile, DeviceInfo.ofFirmware("2.0<b>bold</b>"), null,
                new Vcs("deadbeefcafe", "<script>window.pwned=2</script>"), null, null));
        driver.navigate().refresh();
        waitFor(driver, WAIT, d -> d.findElements(By.cssSelector("#runs-body tr[data-run-id]")).size() == 5);
        String baseline = FixtureData.BASELINE.toString();
        assertThat(cell(baseline, "rig")).isEqualTo("bench-1");
        assertThat(cell(baseline, "firmware")).isEqualTo("1.4.0");
        assertThat(cell(baseline, "vcs")).isEqualTo("main · 1a2b3c4");
        assertThat(cell(baseline, "quality")).isEqualTo("clean");
        String candidate = FixtureData.CANDIDATE.toString();
        assertThat(cell(candidate, "quality")).contains("gaps");
        assertThat(driver.findElement(By.cssSelector("#runs-body tr[data-run-id='" + candidate + "'] td.quality"))
                .getAttribute("class")).contains("warn");
        String soak = FixtureData.SOAK.toString();
        assertThat(cell(soak, "quality")).contains("gaps", "reboot", "reconnects");
        // Device and CI strings are text, never markup (long ones are cut with an ellipsis: read the whole text).
        assertThat(cellText(soak, "rig")).isEqualTo(hostile);
        assertThat(cellText(soak, "firmware")).isEqualTo("2.0<b>bold</b>");
        assertThat(cellText(soak, "vcs")).isEqualTo("<script>window.pwned=2</script> · deadbee");
        assertThat(driver.findElement(By.cssSelector("#runs-body tr[data-run-id='" + soak + "'] td.vcs"))
                .getAttribute("title")).isEqualTo("<script>window.pwned=2</script> · deadbeefcafe");
        assertThat(driver.findElements(By.cssSelector("#runs-table img, #runs-table b, #runs-table script"))).isEmpty();
        assertThat(js(driver, "return window.pwned === undefined")).isEqualTo(true);
        screenshot(driver, "runs-list-context");

        driver.findElement(By.cssSelector("#runs-body tr[data-run-id='" + baseline + "'] td.rig a")).click();
        waitFor(driver, WAIT, d -> d.getCurrentUrl().contains("rig=bench-1")
                && d.findElements(By.cssSelector("#runs-body tr[data-run-id]")).size() == 1);
        assertThat(driver.findElement(By.id("f-rig")).getAttribute("value")).isEqualTo("bench-1");

        open("/?branch=" + java.net.URLEncoder.encode("feature/chroma", java.nio.charset.StandardCharsets.UTF_8));
        waitFor(driver, WAIT, d -> d.findElements(By.cssSelector("#runs-body tr[data-run-id]")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#runs-body tr[data-run-id]")).getAttribute("data-run-id"))
                .isEqualTo(candidate);

        driver.findElement(By.id("f-branch")).clear();
        driver.findElement(By.id("f-firmware")).sendKeys("1.4.0");
        driver.findElement(By.cssSelector("#filters button[type=submit]")).click();
        waitFor(driver, WAIT, d -> d.getCurrentUrl().contains("firmware=1.4.0")
                && d.findElements(By.cssSelector("#runs-body tr[data-run-id='" + baseline + "']")).size() == 1
                && d.findElements(By.cssSelector("#runs-body tr[data-run-id]")).size() == 1);
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
        assertThat(driver.getCurrentUrl()).contains("/compare?a=" + FixtureData.BASELINE + "&b=" + FixtureData.CANDIDATE);
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
        // Events are paged: the first 100 of 124, then the rest.
        assertThat(driver.findElements(By.cssSelector("#events-table tbody tr"))).hasSize(100);
        assertThat(driver.findElement(By.id("events-range")).getText()).isEqualTo("events 1–100 of 124");
        assertThat(driver.findElement(By.id("events-prev")).isEnabled()).isFalse();
        driver.findElement(By.id("events-next")).click();
        waitFor(driver, WAIT, d -> "events 101–124 of 124".equals(js(d, "const e = document.getElementById('events-range'); return e && e.textContent")));
        assertThat(driver.findElements(By.cssSelector("#events-table tbody tr"))).hasSize(24);
        assertThat(driver.findElement(By.id("events-table")).getText()).contains("flap 119", "stopped");
        assertThat(driver.findElement(By.id("events-next")).isEnabled()).isFalse();
        driver.findElement(By.id("events-prev")).click();
        waitFor(driver, WAIT, d -> "events 1–100 of 124".equals(js(d, "const e = document.getElementById('events-range'); return e && e.textContent")));
        // The device histogram is on a log scale: the smallest bin is as visible as the tail must be.
        assertThat(driver.findElement(By.id("device-log")).isSelected()).isTrue();
        String smallestBar = """
                const u = document.querySelector('#chart-device').lwChart;
                const counts = u.data[1].map((c) => c || 0);
                const small = Math.min(...counts.filter((c) => c > 0));
                return u.valToPos(u.scales.y.min, 'y') - u.valToPos(small, 'y');
                """;
        double logHeight = ((Number) js(driver, smallestBar)).doubleValue();
        assertThat(logHeight).as("bar of the smallest non-empty bin, log scale (px)").isGreaterThan(25);
        driver.findElement(By.id("device-log")).click();
        double linearHeight = ((Number) js(driver, smallestBar)).doubleValue();
        assertThat(linearHeight).as("the same bar on a linear scale (px)").isLessThan(logHeight / 3);
        assertThat(dataPixels(driver, "#chart-device")).isGreaterThan(500);
        driver.findElement(By.id("device-log")).click();
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
    void aRunHoldingOnlyMeasuresShowsItsMeasuresTableAndNoFrameCharts() {
        data = new FixtureData(20);
        data.addMeasureRun("native-42", MeasureSet.builder("native")
                .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
                .record("snr_db", 45.2, "dB", Direction.HIGHER_IS_BETTER)
                .report("sample_rate_hz", 44100, "Hz")
                .add(Measure.of("jmh", "decode_ns", "ns/op", Direction.LOWER_IS_BETTER, 4.1, 4.3, 4.2, 4.4))
                .build());
        open("/runs/native-42");
        waitReady();
        assertThat(driver.findElement(By.id("measures-card")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("frame-sections")).isDisplayed()).as("no frame statistics or charts").isFalse();
        List<WebElement> rows = driver.findElements(By.cssSelector("#measures-table tbody tr[data-measure]"));
        assertThat(rows).extracting(r -> r.getAttribute("data-measure"))
                .containsExactly("native:latency_ms", "native:snr_db", "native:sample_rate_hz", "jmh:decode_ns");
        assertThat(cells(rows.get(0))).containsExactly("latency_ms", "native", "ms", "lower", "1", "8.4", "—", "—", "—", "—");
        assertThat(cells(rows.get(1))).containsSubsequence("dB", "higher", "1", "45.2");
        assertThat(cells(rows.get(2))).containsSubsequence("Hz", "not gated", "1", "44,100");
        assertThat(cells(rows.get(3))).containsExactly("decode_ns", "jmh", "ns/op", "lower", "4", "4.25", "4.25", "0.129099",
                "4.1", "4.4");
        assertThat(driver.findElement(By.id("run-facts")).getText()).contains("0 (measures only)")
                .containsPattern("(?i)measures\\s+4");
        screenshot(driver, "run-view-measures-only");
        assertNoConsoleErrors();
    }

    @Test
    void aRunWithFramesAndMeasuresShowsBoth() {
        data = new FixtureData(20);
        data.saveMeasures(FixtureData.BASELINE, MeasureSet.builder("device")
                .record("device_fps", new double[] {119, 120, 121}, "fps", Direction.HIGHER_IS_BETTER)
                .record("free_heap_min_bytes", 183_412, "B", Direction.HIGHER_IS_BETTER).build());
        open("/runs/baseline-v1.4");
        waitReady();
        assertThat(driver.findElements(By.cssSelector("#measures-table tbody tr[data-measure]"))).hasSize(2);
        assertThat(driver.findElement(By.id("measures-table")).getText()).contains("device_fps", "120", "183,412");
        assertThat(dataPixels(driver, "#chart-timing")).as("the frame charts are drawn as before").isGreaterThan(500);
        assertThat(driver.findElements(By.cssSelector("#stats-table tbody tr[data-metric]"))).isNotEmpty();

        open("/runs/candidate-v1.5");
        waitReady();
        assertThat(driver.findElement(By.id("measures-card")).isDisplayed()).as("no measures, no card").isFalse();
        assertNoConsoleErrors();
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    @Test
    void eventMarkersClusterInsteadOfStackingAndListTheirEventsOnHover() {
        open("/runs/wifi-soak");
        waitReady();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> clusters = (List<Map<String, Object>>) js(driver,
                "return document.querySelector('#chart-timing').lwChart.lwClusters");
        assertThat(clusters).as("disconnected+reconnected, the burst, stopped").hasSizeLessThanOrEqualTo(4);
        Map<String, Object> burst = clusters.stream().filter(c -> c.get("label").toString().contains("gap"))
                .findFirst().orElseThrow();
        assertThat(burst.get("label")).isEqualTo("gap ×14, reboot");
        assertThat((List<?>) burst.get("events")).hasSize(15);
        // One row of labels: the page draws no label below the first row.
        assertThat(driver.findElement(By.cssSelector("#chart-timing .marker-tip")).isDisplayed()).isFalse();

        WebElement over = driver.findElement(By.cssSelector("#chart-timing .u-over"));
        double from = ((Number) burst.get("from")).doubleValue();
        double width = ((Number) js(driver, "return arguments[0].clientWidth", over)).doubleValue();
        new org.openqa.selenium.interactions.Actions(driver)
                .moveToElement(over, (int) Math.round(from + 1 - width / 2), 0).perform();
        WebElement tip = driver.findElement(By.cssSelector("#chart-timing .marker-tip"));
        waitFor(driver, WAIT, d -> tip.isDisplayed());
        assertThat(tip.getText()).contains("15 events: gap ×14, reboot", "gap ×14 lost ~1 frames", "reboot device uptime went back");
        screenshot(driver, "run-view-event-clusters");
        assertNoConsoleErrors();
    }

    @Test
    void percentileLabelsNeverCoverEachOtherOrAnotherMarkersLine() {
        open("/compare?a=baseline-v1.4&b=baseline-v1.4");
        waitReady();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> same = (List<Map<String, Object>>) js(driver,
                "return document.querySelector('#chart-overlay-hist').lwChart.lwLabels");
        assertThat(same).extracting(l -> l.get("text")).containsExactlyInAnyOrder("A p50", "B p50");
        assertNoOverlap(same);
        // Two p50 lines a few pixels apart: each label must keep clear of the other line.
        for (double gap : new double[] {0.2, 0.5, 1, 2, 4}) {
            @SuppressWarnings("unchecked")
            Map<String, Object> drawn = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const div = document.createElement('div');
                    div.style.width = '600px';
                    document.querySelector('main').appendChild(div);
                    const edges = Array.from({length: 41}, (_, i) => i);
                    const counts = edges.slice(1).map((e) => 50 - Math.abs(20 - e));
                    const u = LW.charts.histogramChart(div, {title: 't', xLabel: 'x', yLabel: 'n', unit: 'µs', edges,
                      series: [{label: 'A', counts}, {label: 'B', counts}],
                      markers: [{x: 20, label: 'A p50', color: '#2563eb'}, {x: 20 + arguments[0], label: 'B p50', color: '#ea580c'}]});
                    setTimeout(() => {
                      const xs = [20, 20 + arguments[0]].map((v) => u.valToPos(v, 'x', true));
                      const labels = u.lwLabels;
                      div.remove();
                      done({labels, xs});
                    }, 100);
                    """, gap);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> labels = (List<Map<String, Object>>) drawn.get("labels");
            assertThat(labels).as("both labels drawn at gap " + gap).hasSize(2);
            assertNoOverlap(labels);
            @SuppressWarnings("unchecked")
            List<Number> xs = (List<Number>) drawn.get("xs");
            for (int i = 0; i < 2; i++) {
                double left = ((Number) labels.get(i).get("left")).doubleValue();
                double right = left + ((Number) labels.get(i).get("width")).doubleValue();
                String text = labels.get(i).get("text").toString();
                double otherLine = xs.get(text.startsWith("A") ? 1 : 0).doubleValue();
                assertThat(otherLine < left || otherLine > right).as(text + " clear of the other line at gap " + gap).isTrue();
            }
        }
    }

    private static void assertNoOverlap(List<Map<String, Object>> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Map<String, Object> a = boxes.get(i);
                Map<String, Object> b = boxes.get(j);
                boolean apart = num(a, "left") + num(a, "width") <= num(b, "left")
                        || num(b, "left") + num(b, "width") <= num(a, "left")
                        || num(a, "top") + num(a, "height") <= num(b, "top")
                        || num(b, "top") + num(b, "height") <= num(a, "top");
                assertThat(apart).as(a + " and " + b + " overlap").isTrue();
            }
        }
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void runViewOfAnUnknownRunShowsTheApiError() {
        open("/runs/no-such-run");
        waitFor(driver, WAIT, d -> js(d, "return document.body.dataset.ready") != null);
        assertThat(driver.findElement(By.id("run-error")).getText()).contains("no run matches \"no-such-run\"");
        List<WebElement> links = driver.findElements(By.cssSelector("#run-error ul.candidates a"));
        assertThat(links).extracting(WebElement::getText).contains("baseline-v1.4", "candidate-v1.5", "wifi-soak");
        assertThat(links).allSatisfy(a -> assertThat(a.getAttribute("href")).matches(".*/runs/[0-9a-f-]{36}"));
        List<WebElement> visibleCards = driver.findElements(By.cssSelector("#run-page .card")).stream()
                .filter(WebElement::isDisplayed).toList();
        assertThat(visibleCards).as("no empty cards below the error").isEmpty();
        links.stream().filter(a -> a.getText().equals("wifi-soak")).findFirst().orElseThrow().click();
        waitReady();
        assertThat(driver.findElement(By.id("run-name")).getText()).isEqualTo("wifi-soak");
    }

    @Test
    void liveViewOfAnUnknownRunListsCandidatesAndNoEmptyTiles() {
        open("/runs/no-such-run/live");
        waitFor(driver, WAIT, d -> js(d, "return document.body.dataset.ready") != null);
        assertThat(driver.findElements(By.cssSelector("#live-error ul.candidates a"))).hasSizeGreaterThanOrEqualTo(5);
        assertThat(driver.findElement(By.cssSelector(".live-values")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#live-page .card")).stream().filter(WebElement::isDisplayed)).isEmpty();
    }

    @Test
    void timesNameTheirTimeZone() {
        open("/runs/baseline-v1.4");
        waitReady();
        String zone = "(UTC|GMT|GMT[+-]\\d{1,2}(:\\d\\d)?|UTC[+-]\\d\\d:\\d\\d)";
        String started = driver.findElement(By.cssSelector("#run-facts div:first-child dd")).getText();
        assertThat(started).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d " + zone);
        String event = driver.findElement(By.cssSelector("#events-table tbody tr td:first-child")).getText();
        assertThat(event).matches(".* " + zone);
        open("/");
        waitFor(driver, WAIT, d -> d.findElements(By.cssSelector("#runs-body tr[data-run-id]")).size() == 5);
        String listed = driver.findElement(By.cssSelector("#runs-body tr[data-run-id] td:nth-child(4)")).getText();
        assertThat(listed).matches(".* " + zone);
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
        @SuppressWarnings("unchecked")
        List<String> overlay = (List<String>) js(driver,
                "return document.querySelector('#chart-overlay-series').lwChart.series.slice(1).map((s) => s.label)");
        assertThat(overlay).containsExactly("A baseline-v1.4", "A baseline-v1.4 · rolling mean of 50",
                "B candidate-v1.5", "B candidate-v1.5 · rolling mean of 50");
        Object smoother = js(driver, """
                const d = document.querySelector('#chart-overlay-series').lwChart.data;
                const roughness = (ys) => { const v = ys.filter((y) => y != null); let s = 0;
                  for (let i = 1; i < v.length; i++) s += Math.abs(v[i] - v[i - 1]); return s / (v.length - 1); };
                return roughness(d[2]) < roughness(d[1]) / 4;
                """);
        assertThat(smoother).as("the rolling mean is much smoother than the raw series").isEqualTo(true);
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

    @Test
    void liveViewShowsTheCollectorsCountersAndSaysTheValuesAreTheLatest() throws Exception {
        open("/runs/live-capture/live");
        waitReady();
        waitFor(driver, WAIT, d -> "connected".equals(js(d, "return document.body.dataset.live")));
        assertThat(driver.findElement(By.id("live-gaps")).getText()).isEqualTo("0");
        assertThat(driver.findElement(By.id("live-reconnects")).getText()).isEqualTo("0");
        assertThat(driver.findElement(By.id("live-total-label")).getText()).isEqualTo("AVG HOP TIME · LATEST");

        // A reconnect and two gaps, with no sample yet: the view hears of them anyway.
        data.updateLiveCounters(new RunCounters(3, Map.of(RejectReason.BAD_LENGTH, 2L), 2, 7, 1, 0));
        waitFor(driver, WAIT, d -> d.findElement(By.id("live-gaps")).getText().equals("2"));
        assertThat(driver.findElement(By.id("live-reconnects")).getText()).isEqualTo("1");
        assertThat(driver.findElement(By.id("live-foreign")).getText()).isEqualTo("3");
        assertThat(driver.findElement(By.id("live-malformed")).getText()).isEqualTo("2");
        assertThat(driver.findElement(By.id("live-lost")).getText()).isEqualTo("(~7 frames lost)");
        assertThat(driver.findElement(By.id("live-counters")).getAttribute("class")).contains("warn");

        data.updateLiveCounters(new RunCounters(3, Map.of(RejectReason.BAD_LENGTH, 2L), 3, 9, 2, 0));
        data.appendLive(10);
        waitFor(driver, WAIT, d -> d.findElement(By.id("live-samples")).getText().equals("210"));
        waitFor(driver, WAIT, d -> d.findElement(By.id("live-reconnects")).getText().equals("2"));
        assertThat(driver.findElement(By.id("live-gaps")).getText()).isEqualTo("3");
        assertNoConsoleErrors();
    }

    private long points() {
        return Long.parseLong(driver.findElement(By.id("live-points")).getText().replace(",", ""));
    }
}

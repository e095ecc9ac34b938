package io.lightwaveos.bench.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests, driven by the system's chromedriver. A missing browser
 * or driver skips the test with how to install them (the console names each skipped class), except
 * under CI ({@code CI=true}), where it fails the build: {@code scripts/test} and CI install both.
 */
final class BrowserSupport {

    static final String CHROMIUM = System.getProperty("lwos.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("lwos.chromedriver", "/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private BrowserSupport() {
    }

    static ChromeDriver start(Path profileDir) {
        for (String path : new String[] {CHROMIUM, CHROMEDRIVER}) {
            if (!Files.isExecutable(Path.of(path))) {
                String why = path + " is missing: the browser tests need Debian's chromium and chromium-driver"
                        + " (apt-get install chromium chromium-driver; scripts/test installs them), or"
                        + " -Dlwos.chromium=PATH -Dlwos.chromedriver=PATH";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    fail("CI=true but " + why);
                }
                Assumptions.abort(why);
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + profileDir.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1440, 1000));
        return driver;
    }

    static <T> T waitFor(WebDriver driver, Duration timeout, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout, Duration.ofMillis(100)).until(condition);
    }

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * Pixels of a chart's canvas painted in a saturated colour: data (series lines, bars, markers),
     * as opposed to the grey axes, grid and labels an empty chart would also have.
     */
    static long dataPixels(WebDriver driver, String containerSelector) {
        Object n = js(driver, """
                const canvas = document.querySelector(arguments[0] + ' canvas');
                if (!canvas) return -1;
                const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let n = 0;
                for (let i = 0; i < d.length; i += 4) {
                  const max = Math.max(d[i], d[i + 1], d[i + 2]), min = Math.min(d[i], d[i + 1], d[i + 2]);
                  if (d[i + 3] > 0 && max - min > 60) n++;
                }
                return n;
                """, containerSelector);
        return ((Number) n).longValue();
    }

    /** Saves a screenshot of the whole page as target/screenshots/NAME.png. */
    static Path screenshot(ChromeDriver driver, String name) {
        long height = ((Number) js(driver, "return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new Dimension(1440, (int) Math.min(6000, Math.max(900, height))));
        try {
            Thread.sleep(300); // let charts finish re-laying out after the resize
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1440, 1000));
        }
    }
}

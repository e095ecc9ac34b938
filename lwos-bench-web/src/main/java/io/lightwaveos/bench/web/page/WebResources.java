package io.lightwaveos.bench.web.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The web module's files on the classpath: pages, scripts, styles, and uPlot from its WebJar. */
final class WebResources {

    private static final String UPLOT_DIST = "/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";

    private WebResources() {
    }

    /** uPlot's script (the IIFE build). */
    static byte[] uplotJsBytes() {
        return bytes(UPLOT_DIST + "uPlot.iife.min.js");
    }

    /** uPlot's stylesheet. */
    static byte[] uplotCssBytes() {
        return bytes(UPLOT_DIST + "uPlot.min.css");
    }

    /** uPlot's script as text. */
    static String uplotJs() {
        return new String(uplotJsBytes(), StandardCharsets.UTF_8);
    }

    /** uPlot's stylesheet as text. */
    static String uplotCss() {
        return new String(uplotCssBytes(), StandardCharsets.UTF_8);
    }

    /** A UTF-8 file as text. */
    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    /**
     * A file's bytes.
     *
     * @throws IllegalStateException if the jar lacks it
     */
    static byte[] bytes(String path) {
        try (InputStream in = WebResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String uplotVersion() {
        Properties p = new Properties();
        try (InputStream in = WebResources.class.getResourceAsStream("/web/versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("/web/versions.properties missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("uplot.version");
    }
}

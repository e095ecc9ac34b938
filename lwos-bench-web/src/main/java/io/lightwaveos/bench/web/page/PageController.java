package io.lightwaveos.bench.web.page;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Serves the page shells (HTML that loads its data from the API) and uPlot from its WebJar under a
 * version-free path, so pages need no edit when the pinned uPlot version changes.
 */
public final class PageController {

    private static final String PAGES = "/web/pages/";

    private final byte[] runsPage = resource(PAGES + "runs.html");
    private final byte[] runPage = resource(PAGES + "run.html");
    private final byte[] comparePage = resource(PAGES + "compare.html");
    private final byte[] livePage = resource(PAGES + "live.html");
    private final byte[] uplotJs;
    private final byte[] uplotCss;

    public PageController() {
        String dist = "/META-INF/resources/webjars/uplot/" + uplotVersion() + "/dist/";
        uplotJs = resource(dist + "uPlot.iife.min.js");
        uplotCss = resource(dist + "uPlot.min.css");
    }

    /** {@code GET /}: the runs list. */
    public void runs(Context ctx) {
        html(ctx, runsPage);
    }

    /** {@code GET /runs/{ref}}: one run. */
    public void run(Context ctx) {
        html(ctx, runPage);
    }

    /** {@code GET /compare?a=..&b=..}: two runs side by side. */
    public void compare(Context ctx) {
        html(ctx, comparePage);
    }

    /** {@code GET /runs/{ref}/live}: a running run, updated by push. */
    public void live(Context ctx) {
        html(ctx, livePage);
    }

    /** {@code GET /vendor/uPlot.iife.min.js}. */
    public void uplotJs(Context ctx) {
        ctx.contentType("text/javascript; charset=utf-8").header("Cache-Control", "max-age=86400").result(uplotJs);
    }

    /** {@code GET /vendor/uPlot.min.css}. */
    public void uplotCss(Context ctx) {
        ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=86400").result(uplotCss);
    }

    private static void html(Context ctx, byte[] page) {
        ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(page);
    }

    private static String uplotVersion() {
        Properties p = new Properties();
        try (InputStream in = PageController.class.getResourceAsStream("/web/versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("/web/versions.properties missing from the jar");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("uplot.version");
    }

    private static byte[] resource(String path) {
        try (InputStream in = PageController.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

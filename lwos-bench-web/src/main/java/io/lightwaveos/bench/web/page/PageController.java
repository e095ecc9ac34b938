package io.lightwaveos.bench.web.page;

import io.javalin.http.Context;

/**
 * Serves the page shells (HTML that loads its data from the API) and uPlot from its WebJar under a
 * version-free path, so pages need no edit when the pinned uPlot version changes.
 */
public final class PageController {

    private static final String PAGES = "/web/pages/";

    private final byte[] runsPage = WebResources.bytes(PAGES + "runs.html");
    private final byte[] runPage = WebResources.bytes(PAGES + "run.html");
    private final byte[] comparePage = WebResources.bytes(PAGES + "compare.html");
    private final byte[] livePage = WebResources.bytes(PAGES + "live.html");
    private final byte[] historyPage = WebResources.bytes(PAGES + "history.html");
    private final byte[] uplotJs = WebResources.uplotJsBytes();
    private final byte[] uplotCss = WebResources.uplotCssBytes();

    /** Reads the pages and uPlot once. */
    public PageController() {
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

    /** {@code GET /history?metric=..}: a metric's trend over runs with its change points. */
    public void history(Context ctx) {
        html(ctx, historyPage);
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
}

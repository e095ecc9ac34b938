package io.lightwaveos.bench.web.page;

import io.javalin.http.Context;

/**
 * Serves the page shells (HTML that loads its data from the API), each put together once from the
 * shared layout ({@link PageLayout}), and uPlot from its WebJar under a version-free path, so pages
 * need no edit when the pinned uPlot version changes.
 */
public final class PageController {

    private final PageLayout layout = new PageLayout();
    private final byte[] runsPage = layout.page("runs", "Runs", "runs");
    private final byte[] runPage = layout.page("run", "Run", "runs");
    private final byte[] comparePage = layout.page("compare", "Compare", "compare");
    private final byte[] livePage = layout.page("live", "Live", "runs");
    private final byte[] historyPage = layout.page("history", "History", "history");
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

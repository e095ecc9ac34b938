package io.lightwaveos.bench.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.render.MeasureRow;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.web.DashboardData;
import io.lightwaveos.bench.web.HistogramRange;
import io.lightwaveos.bench.web.ResolvedRun;
import io.lightwaveos.bench.web.RunComparison;
import io.lightwaveos.bench.web.XAxis;
import io.lightwaveos.bench.web.api.ApiJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison of two runs as one self-contained HTML file for CI artifacts: the comparison table
 * with verdicts, both runs' facts (with their context and quality when the store has them), and per
 * metric the overlaid series and distributions. uPlot, the dashboard's chart code and all the data
 * are inlined, and a Content-Security-Policy forbids every request: it opens offline, without a
 * server.
 */
public final class ComparisonReport {

    /** Points per series after downsampling (LTTB), as the dashboard's overlay. */
    static final int MAX_POINTS = 2000;
    /** Bins of each distribution. */
    static final int BINS = 40;

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(TITLE|SUBTITLE|GENERATED|CSS|DATA|SCRIPTS|MEASURES)}}");
    private static final String[] SCRIPTS = {"/web/static/js/common.js", "/web/static/js/charts.js",
        "/web/report/report.js"};
    private static final String COMPARISON = "A is the baseline, B the candidate; differences are B − A. Significance"
            + " uses Welch's test with the effective sample size (autocorrelation-adjusted) and Holm's correction.";
    private static final String ALONE = "The run alone: there is no baseline run to compare it with.";

    private ComparisonReport() {
    }

    /**
     * The report's HTML.
     *
     * @param data    where the runs are
     * @param a       run A (baseline) as resolved from its reference
     * @param b       run B (candidate)
     * @param options alpha, minimum effect and metrics of the comparison
     * @throws IllegalArgumentException when the runs have nothing to compare
     */
    public static String html(DashboardData data, ResolvedRun a, ResolvedRun b, CompareOptions options) {
        ObjectNode doc = F.objectNode();
        String measures = compared(doc, data, a, b, options);
        return page(doc, "lwos-bench: " + a.name() + " (A) vs " + b.name() + " (B)", COMPARISON, measures);
    }

    /** The report as UTF-8 bytes. */
    public static byte[] bytes(DashboardData data, ResolvedRun a, ResolvedRun b, CompareOptions options) {
        return html(data, a, b, options).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A CI job's report ({@code lwos-bench ci --report}): the decisions of the {@code lwos-bench/ci/v1}
     * document {@code ci} on top, then the comparison of {@code run} (B) with one baseline run (A);
     * without a baseline run ({@code baseline} null: no baseline, or a baseline file) the run alone,
     * its facts and charts. The page is the comparison report's, drawn by the same code.
     *
     * @param baseline the baseline run to compare with (the newest of a pooled baseline), or null
     * @param run      the run the CI job decided
     * @param ci       the decision as {@code ci --format json} prints it (no secrets: it has none)
     * @throws IllegalArgumentException when {@code baseline} and {@code run} have nothing to compare
     */
    public static byte[] ciBytes(DashboardData data, ResolvedRun baseline, ResolvedRun run, CompareOptions options,
            JsonNode ci) {
        ObjectNode doc = F.objectNode();
        String measures = "";
        if (baseline != null) {
            measures = compared(doc, data, baseline, run, options);
        } else {
            alone(doc, data, run);
        }
        doc.set("ci", ci);
        String title = "lwos-bench ci: " + ci.path("name").asText() + " · " + run.name() + ": "
                + ci.path("decision").asText();
        return page(doc, title, baseline != null ? COMPARISON : ALONE, measures).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The comparison of A with B, both runs' facts and their overlaid charts, put in {@code doc}.
     *
     * @return the measures' card ({@link #measures}), empty without measures
     */
    private static String compared(ObjectNode doc, DashboardData data, ResolvedRun a, ResolvedRun b,
            CompareOptions options) {
        RunComparison compared = data.compare(a, b, options);
        JsonNode compare = ApiJson.compare(compared);
        doc.set("compare", compare);
        ArrayNode runs = doc.putArray("runs");
        runs.add(ApiJson.run(data.run(a)));
        runs.add(ApiJson.run(data.run(b)));
        ObjectNode charts = doc.putObject("charts");
        for (JsonNode m : compare.path("metrics")) {
            Metric.byId(m.path("metric").asText())
                    .ifPresent(metric -> chart(charts, data, List.of(a, b), metric, sharedRange(m)));
        }
        return measures(compared.comparison());
    }

    /** One run's facts and the charts of every metric it has, without a comparison. */
    private static void alone(ObjectNode doc, DashboardData data, ResolvedRun run) {
        doc.putNull("compare");
        doc.putArray("runs").add(ApiJson.run(data.run(run)));
        ObjectNode charts = doc.putObject("charts");
        for (Metric metric : data.stats(run).keySet()) {
            chart(charts, data, List.of(run), metric, null);
        }
    }

    /** Each run's series and distribution of {@code metric}, in the order of {@code runs}. */
    private static void chart(ObjectNode charts, DashboardData data, List<ResolvedRun> runs, Metric metric,
            HistogramRange range) {
        ObjectNode one = charts.putObject(metric.id());
        one.put("unit", metric.unit());
        ArrayNode series = one.putArray("series");
        ArrayNode histograms = one.putArray("histograms");
        for (ResolvedRun run : runs) {
            JsonNode s = ApiJson.series(run, data.series(run, List.of(metric), XAxis.TIME, MAX_POINTS));
            ObjectNode points = F.objectNode();
            points.set("x", s.path("series").path(0).path("x"));
            points.set("y", s.path("series").path(0).path("y"));
            series.add(points);
            ObjectNode h = ApiJson.histogram(run, data.histogram(run, metric, BINS, range));
            h.remove("run");
            histograms.add(h);
        }
    }

    /** The page around {@code doc}: uPlot, the dashboard's chart code and the report's script inlined. */
    private static String page(ObjectNode doc, String title, String subtitle, String measures) {
        StringBuilder scripts = new StringBuilder();
        scripts.append("<script>\n").append(inline(WebResources.uplotJs())).append("\n</script>\n");
        for (String path : SCRIPTS) {
            scripts.append("<script>\n").append(inline(WebResources.text(path))).append("\n</script>\n");
        }
        String css = WebResources.uplotCss() + "\n" + WebResources.text("/web/static/app.css")
                + "\n" + WebResources.text("/web/report/report.css");
        Map<String, String> parts = Map.of("TITLE", escape(title), "MEASURES", measures,
                "SUBTITLE", escape(subtitle),
                "GENERATED", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                "CSS", css.replaceAll("(?i)</(style)", "<\\\\/$1"),
                "DATA", json(doc.toString()),
                "SCRIPTS", scripts.toString());
        // One pass, so nothing inserted (a run's name in the data, say) is taken for a placeholder.
        Matcher m = PLACEHOLDER.matcher(WebResources.text("/web/report/report.html"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(parts.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The measures' card (SPEC §14), written here rather than by the script so that the file shows
     * them as they are: name (bare, or {@code suite:name} when ambiguous), suite, unit, A, B, the
     * relative change and the verdict in words ({@code inconclusive (single value: relative change
     * only)}); empty without measures.
     */
    static String measures(Comparison c) {
        List<MeasureRow> rows = MeasureRow.of(c);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("  <div class=\"card\" id=\"measures-card\">\n")
                .append("    <div class=\"card-head\"><h2>Measures</h2><span class=\"muted\">")
                .append(rows.size()).append(rows.size() == 1 ? " measure" : " measures")
                .append(", A the baseline, B the candidate</span></div>\n")
                .append("    <div class=\"table-wrap\"><table id=\"measures-table\" class=\"compact\"><thead><tr>")
                .append("<th>measure</th><th>suite</th><th>unit</th><th class=\"num\">A</th><th class=\"num\">B</th>")
                .append("<th class=\"num\">change [95 % CI]</th><th>verdict</th></tr></thead><tbody>\n");
        for (MeasureRow r : rows) {
            out.append("      <tr data-measure=\"").append(escape(r.measure().id())).append("\" data-verdict=\"")
                    .append(r.measure().verdict().jsonName()).append("\"><td>").append(escape(r.name()))
                    .append("</td><td>").append(escape(r.suite())).append("</td><td>").append(escape(r.unit()))
                    .append("</td><td class=\"num\">").append(escape(r.baseline()))
                    .append("</td><td class=\"num\">").append(escape(r.current()))
                    .append("</td><td class=\"num\">").append(escape(r.change()))
                    .append("</td><td>").append(escape(r.verdict())).append("</td></tr>\n");
        }
        return out.append("    </tbody></table></div>\n  </div>").toString();
    }

    /** One bin range for both runs, so their distributions overlay; null when there is nothing to span. */
    private static HistogramRange sharedRange(JsonNode m) {
        JsonNode a = m.path("a");
        JsonNode b = m.path("b");
        if (!a.path("min").isNumber() || !b.path("min").isNumber()) {
            return null;
        }
        double lo = Math.min(a.path("min").asDouble(), b.path("min").asDouble());
        double hi = Math.max(a.path("max").asDouble(), b.path("max").asDouble());
        return lo < hi ? new HistogramRange(lo, hi) : null;
    }

    /** Script text safe inside a script element: no {@code </script} can end it early. */
    static String inline(String script) {
        return script.replaceAll("(?i)</(script)", "<\\\\/$1");
    }

    /**
     * JSON safe inside a script element: {@code <}, {@code >} and {@code &} written as JSON escapes
     * (<code>&#92;u003c</code> is the same JSON string as {@code <}; outside strings JSON has none of them),
     * so no {@code </script>} ends the element early and no {@code <!--} switches the HTML parser
     * into the state where a later {@code <script>} hides the real end (the page went blank). The
     * line separators U+2028 and U+2029 are escaped too: older JavaScript takes them for line ends.
     */
    static String json(String json) {
        StringBuilder out = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

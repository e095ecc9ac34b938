package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Interval;
import io.lightwaveos.bench.analysis.compare.AdjustedWelch;
import io.lightwaveos.bench.analysis.compare.Compared;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MeasureComparison;
import io.lightwaveos.bench.analysis.compare.MannWhitney;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import io.lightwaveos.bench.analysis.compare.SamplesNeeded;
import io.lightwaveos.bench.analysis.compare.TTest;
import io.lightwaveos.bench.analysis.render.CompareWords;
import io.lightwaveos.bench.metric.Metric;

/**
 * The {@code lwos-bench/compare/v2} document (SPEC §5, §6), what {@code compare --format json}
 * prints and {@code GET /api/compare} returns. v2 over v1: four verdicts ({@code regressed},
 * {@code improved}, {@code equivalent}, {@code inconclusive}), {@code adjusted.ci90},
 * {@code ci95_relative}, {@code ci90_relative}, {@code samples_needed} and {@code derived_from}
 * per metric, the {@code equivalent} and {@code inconclusive} counts, and the report's
 * {@code headline} and {@code notes} (the sentences the text report prints). {@code measures}
 * (SPEC §14) lists the compared measures with the same fields as a metric, {@code measure} being
 * {@code suite:name} (plus {@code suite}, {@code name}, and {@code note} saying why statistics are
 * missing, such as {@code "single value: relative change only"}); the counts include the measures
 * that have a direction. Empty when no measure was compared.
 */
public final class CompareJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/compare/v2";

    private CompareJson() {
    }

    /** The comparison of run {@code a} (baseline) with run {@code b} (candidate). */
    public static ObjectNode toJson(RunRef a, RunRef b, Comparison comparison) {
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        doc.set("run_a", a.toJson());
        doc.set("run_b", b.toJson());
        doc.put("alpha", comparison.alpha());
        doc.put("min_effect", comparison.minEffect());
        ArrayNode metrics = doc.putArray("metrics");
        for (MetricComparison m : comparison.metrics()) {
            metrics.add(metric(m));
        }
        ArrayNode measures = doc.putArray("measures");
        for (MeasureComparison m : comparison.measures()) {
            measures.add(measure(m));
        }
        doc.put("regressions", comparison.regressions());
        doc.put("improvements", comparison.improvements());
        doc.put("equivalent", comparison.equivalents());
        doc.put("inconclusive", comparison.inconclusives());
        doc.put("headline", CompareWords.headline(comparison));
        ArrayNode notes = doc.putArray("notes");
        CompareWords.details(comparison).forEach(notes::add);
        return doc;
    }

    /** One element of {@code metrics}. */
    public static ObjectNode metric(MetricComparison m) {
        ObjectNode node = Json.object();
        node.put("metric", m.metric().id());
        node.put("unit", m.metric().unit());
        node.put("direction", m.metric().direction().jsonName());
        Json.putString(node, "derived_from", m.metric().derivedFrom().map(Metric::id).orElse(null));
        statistics(node, m);
        return node;
    }

    /** One element of {@code measures}. */
    public static ObjectNode measure(MeasureComparison m) {
        ObjectNode node = Json.object();
        node.put("measure", m.id());
        node.put("suite", m.ref().suite());
        node.put("name", m.ref().name());
        node.put("unit", m.unit());
        Json.putString(node, "direction", m.direction().map(d -> d.jsonName()).orElse(null));
        Json.putString(node, "note", m.noteText());
        statistics(node, m);
        return node;
    }

    private static void statistics(ObjectNode node, Compared m) {
        node.set("a", SummaryJson.toJson(m.a()));
        node.set("b", SummaryJson.toJson(m.b()));
        Json.putNumber(node, "mean_diff", m.meanDiff());
        Json.putNumber(node, "relative_change", m.relativeChange());
        node.set("welch", test(m.welch()));
        node.set("student", test(m.student()));
        node.set("mann_whitney", mannWhitney(m.mannWhitney()));
        Json.putNumber(node, "cohens_d", m.cohensD());
        Json.putNumber(node, "hedges_g", m.hedgesG());
        Json.putString(node, "effect_size", m.effectSize() == null ? null : m.effectSize().jsonName());
        node.set("adjusted", adjusted(m.adjusted()));
        putInterval(node, "ci95_relative", m.ci95Relative());
        putInterval(node, "ci90_relative", m.ci90Relative());
        node.put("significant", m.significant());
        node.put("verdict", m.verdict().jsonName());
        SamplesNeeded needed = m.samplesNeeded();
        if (needed == null) {
            node.putNull("samples_needed");
        } else {
            ObjectNode n = node.putObject("samples_needed");
            n.put("a", needed.a());
            n.put("b", needed.b());
        }
    }

    private static ObjectNode test(TTest t) {
        ObjectNode node = Json.object();
        Json.putNumber(node, "t", t.t());
        Json.putNumber(node, "df", t.df());
        Json.putNumber(node, "p", t.p());
        return node;
    }

    private static ObjectNode mannWhitney(MannWhitney mw) {
        ObjectNode node = Json.object();
        Json.putNumber(node, "u", mw.u());
        Json.putNumber(node, "p", mw.p());
        return node;
    }

    private static ObjectNode adjusted(AdjustedWelch a) {
        ObjectNode node = Json.object();
        Json.putNumber(node, "n_eff_a", a.nEffA());
        Json.putNumber(node, "n_eff_b", a.nEffB());
        Json.putNumber(node, "t", a.t());
        Json.putNumber(node, "df", a.df());
        Json.putNumber(node, "p", a.p());
        putInterval(node, "ci95", a.ci95());
        putInterval(node, "ci90", a.ci90());
        Json.putNumber(node, "p_holm", a.pHolm());
        return node;
    }

    /** {@code [lo, hi]}, or null. */
    static void putInterval(ObjectNode node, String key, Interval interval) {
        if (interval == null) {
            node.putNull(key);
        } else {
            node.putArray(key).add(interval.lo()).add(interval.hi());
        }
    }
}

package io.lightwaveos.bench.analysis;

import static io.lightwaveos.bench.analysis.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.analysis.compare.MetricComparison;
import java.util.Map;

/**
 * Checks our results against a reference case in the {@code stats.json} layout. Every field the
 * reference holds is checked; a reference field we do not know fails the test, so a new field in
 * the vectors cannot be skipped silently.
 */
public final class ReferenceChecks {

    private ReferenceChecks() {
    }

    /** Every field of a reference summary ({@code n, mean, std, min, max, percentiles{}, mad, median, lag1_autocorrelation, n_eff}). */
    public static void checkSummary(String label, JsonNode expected, Summary actual) {
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            String what = label + " " + e.getKey();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "n" -> assertThat(actual.n()).as(what).isEqualTo(v.asInt());
                case "mean" -> assertClose(what, actual.mean(), v);
                case "std" -> assertClose(what, actual.std(), v);
                case "min" -> assertClose(what, actual.min(), v);
                case "max" -> assertClose(what, actual.max(), v);
                case "median" -> assertClose(what, actual.median(), v);
                case "mad" -> assertClose(what, actual.mad(), v);
                case "lag1_autocorrelation" -> assertClose(what, actual.lag1Autocorrelation(), v);
                case "n_eff" -> assertClose(what, actual.nEff(), v);
                case "percentiles" -> v.properties().forEach(p -> {
                    double pct = Double.parseDouble(p.getKey());
                    assertClose(what + "[" + p.getKey() + "]", actual.percentile(pct), p.getValue());
                    Double named = namedPercentile(actual, p.getKey());
                    if (named != null || p.getValue().isNull()) {
                        assertClose(what + " named p" + p.getKey(), named, p.getValue());
                    }
                });
                default -> throw new AssertionError(what + ": reference field not checked");
            }
        }
        assertThat(actual.p50()).as(label + " p50 = median").isEqualTo(actual.median());
    }

    private static Double namedPercentile(Summary s, String key) {
        return switch (key) {
            case "50" -> s.p50();
            case "90" -> s.p90();
            case "95" -> s.p95();
            case "99" -> s.p99();
            case "99.9" -> s.p99_9();
            case "0" -> s.min();
            case "100" -> s.max();
            default -> null;
        };
    }

    /** Every field of a reference comparison. */
    public static void checkComparison(String label, JsonNode expected, MetricComparison actual) {
        checkComparison(label, expected, actual, false);
    }

    /**
     * Every field of a reference comparison; with {@code skipHolm} the Holm-adjusted p is left to
     * the caller (a reference made before derived metrics left the Holm family).
     */
    public static void checkComparison(String label, JsonNode expected, MetricComparison actual, boolean skipHolm) {
        for (Map.Entry<String, JsonNode> e : expected.properties()) {
            String what = label + " " + e.getKey();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "mean_diff" -> assertClose(what, actual.meanDiff(), v);
                case "relative_change" -> assertClose(what, actual.relativeChange(), v);
                case "welch" -> {
                    assertClose(what + ".t", actual.welch().t(), v.get("t"));
                    assertClose(what + ".df", actual.welch().df(), v.get("df"));
                    assertClose(what + ".p", actual.welch().p(), v.get("p"));
                }
                case "student" -> {
                    assertClose(what + ".t", actual.student().t(), v.get("t"));
                    assertClose(what + ".df", actual.student().df(), v.get("df"));
                    assertClose(what + ".p", actual.student().p(), v.get("p"));
                }
                case "mann_whitney" -> {
                    assertClose(what + ".u", actual.mannWhitney().u(), v.get("u"));
                    assertClose(what + ".p", actual.mannWhitney().p(), v.get("p"));
                }
                case "cohens_d" -> assertClose(what, actual.cohensD(), v);
                case "hedges_g" -> assertClose(what, actual.hedgesG(), v);
                case "effect_size" -> assertThat(actual.effectSize() == null ? null : actual.effectSize().jsonName())
                        .as(what).isEqualTo(v.isNull() ? null : v.asText());
                case "adjusted" -> checkAdjusted(what, v, actual, skipHolm);
                case "significant" -> assertThat(actual.significant()).as(what).isEqualTo(v.asBoolean());
                case "verdict" -> assertThat(actual.verdict().jsonName()).as(what).isEqualTo(v.asText());
                case "ci95_relative" -> checkInterval(what, v, actual.ci95Relative());
                case "ci90_relative" -> checkInterval(what, v, actual.ci90Relative());
                case "samples_needed" -> {
                    if (v.isNull()) {
                        assertThat(actual.samplesNeeded()).as(what).isNull();
                    } else {
                        assertThat(actual.samplesNeeded()).as(what).isNotNull();
                        assertThat(actual.samplesNeeded().a()).as(what + ".a").isEqualTo(v.get("a").asLong());
                        assertThat(actual.samplesNeeded().b()).as(what + ".b").isEqualTo(v.get("b").asLong());
                    }
                }
                default -> throw new AssertionError(what + ": reference field not checked");
            }
        }
    }

    private static void checkAdjusted(String what, JsonNode v, MetricComparison actual, boolean skipHolm) {
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            String w = what + "." + e.getKey();
            JsonNode x = e.getValue();
            switch (e.getKey()) {
                case "n_eff_a" -> assertClose(w, actual.adjusted().nEffA(), x);
                case "n_eff_b" -> assertClose(w, actual.adjusted().nEffB(), x);
                case "t" -> assertClose(w, actual.adjusted().t(), x);
                case "df" -> assertClose(w, actual.adjusted().df(), x);
                case "p" -> assertClose(w, actual.adjusted().p(), x);
                case "p_holm" -> {
                    if (!skipHolm) {
                        assertClose(w, actual.adjusted().pHolm(), x);
                    }
                }
                case "ci95" -> checkInterval(w, x, actual.adjusted().ci95());
                case "ci90" -> checkInterval(w, x, actual.adjusted().ci90());
                default -> throw new AssertionError(w + ": reference field not checked");
            }
        }
    }

    /** A reference {@code [lo, hi]} or null against an interval. */
    public static void checkInterval(String what, JsonNode expected, Interval actual) {
        if (expected.isNull()) {
            assertThat(actual).as(what).isNull();
            return;
        }
        assertThat(actual).as(what).isNotNull();
        assertClose(what + "[0]", actual.lo(), expected.get(0));
        assertClose(what + "[1]", actual.hi(), expected.get(1));
    }
}

package io.lightwaveos.bench.analysis.render;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.MeasureComparison;
import io.lightwaveos.bench.metric.Metric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of a comparison as every report lists them (SPEC §14): name, suite, unit, the
 * baseline's and the current value, the relative change and the verdict, in words. A measure is
 * named by its bare name unless that is also a frame metric's or another compared suite's, then
 * {@code suite:name}. A single value shows as itself and its verdict says why it is inconclusive
 * ({@code inconclusive (single value: relative change only)}).
 *
 * @param measure  the compared measure
 * @param name     its name as the report shows it: bare, or {@code suite:name} when ambiguous
 * @param suite    its suite ({@code native}, {@code jmh}, {@code device})
 * @param unit     its unit, {@code ""} for a count
 * @param baseline run A's value: the mean ± sd of repeats, a single value as itself, {@code -} when absent
 * @param current  run B's value, as {@code baseline}
 * @param change   the relative change with its 95 % interval when there is one ({@code +10.0 %})
 * @param verdict  the verdict with its qualifier and note ({@code regressed}, {@code inconclusive (single
 *                 value: relative change only)}, {@code equivalent (not gated)})
 */
public record MeasureRow(MeasureComparison measure, String name, String suite, String unit, String baseline,
        String current, String change, String verdict) {

    /** The rows of {@code c}'s measures, in report order; empty without measures. */
    public static List<MeasureRow> of(Comparison c) {
        Map<String, Integer> suitesByName = new HashMap<>();
        c.measures().forEach(m -> suitesByName.merge(m.ref().name(), 1, Integer::sum));
        List<MeasureRow> rows = new ArrayList<>(c.measures().size());
        for (MeasureComparison m : c.measures()) {
            String name = m.ref().name();
            boolean ambiguous = Metric.byId(name).isPresent() || suitesByName.get(name) > 1;
            rows.add(new MeasureRow(m, ambiguous ? m.ref().toString() : name, m.ref().suite(), m.unit(),
                    value(m.a()), value(m.b()), Format.percentWithInterval(m.relativeChange(), m.ci95Relative()),
                    verdict(m)));
        }
        return rows;
    }

    /** One line: {@code latency_ms (native, ms): A 8.40, B 9.24, change +10.0 %, inconclusive (single value: ...)}. */
    public String line() {
        return name + " (" + suite + (unit.isEmpty() ? "" : ", " + unit) + "): A " + baseline + ", B " + current
                + ", change " + change + ", " + verdict;
    }

    /** The verdict, its qualifier ({@code not gated}) unless the note says so already, and the note. */
    private static String verdict(MeasureComparison m) {
        String note = m.note().orElse("");
        return m.verdict().jsonName() + (note.contains("not gated") ? "" : CompareText.qualifier(m))
                + (note.isEmpty() ? "" : " (" + note + ")");
    }

    private static String value(Summary s) {
        return s.n() == 1 ? Format.value(s.mean()) : Format.meanAndSd(s.mean(), s.std());
    }
}

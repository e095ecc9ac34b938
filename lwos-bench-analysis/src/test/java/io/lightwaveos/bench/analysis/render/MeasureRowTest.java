package io.lightwaveos.bench.analysis.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of a comparison in every report: each row's name (bare, {@code suite:name} when it is
 * also a frame metric's or another suite's), suite, unit, A, B, change and verdict in words.
 */
class MeasureRowTest {

    /** A JMH benchmark's 15 repeats around {@code mean}: ±1 %. */
    static double[] repeats(double mean) {
        double[] v = new double[15];
        for (int i = 0; i < v.length; i++) {
            v[i] = mean * (1 + 0.01 * Math.sin(i * 2.1));
        }
        return v;
    }

    /** Run A's or B's measures: JMH repeats 10 % apart, native single values, one name that is a frame metric's. */
    static MeasureSet measures(boolean b) {
        return MeasureSet.of(List.of(
                Measure.of("jmh", "decode", "ns/op", Direction.LOWER_IS_BETTER, repeats(b ? 110 : 100)),
                Measure.of("native", "latency_ms", "ms", Direction.LOWER_IS_BETTER, b ? 9.24 : 8.4),
                Measure.of("native", "cpu_load_percent", "%", Direction.LOWER_IS_BETTER, 34.8),
                Measure.of("native", "buffer_size", "", null, 512)));
    }

    /** Frames and measures ({@code frames}), or measures only. */
    static Comparison comparison(boolean frames) {
        Map<Metric, double[]> a = new EnumMap<>(Metric.class);
        Map<Metric, double[]> b = new EnumMap<>(Metric.class);
        if (frames) {
            a.put(Metric.AVG_TOTAL_US, repeats(150));
            b.put(Metric.AVG_TOTAL_US, repeats(150));
        }
        return Comparison.compare(a, b, measures(false), measures(true), CompareOptions.defaults());
    }

    @org.junit.jupiter.api.Test
    void eachMeasureIsNamedWithItsSuiteUnitValuesChangeAndVerdict() {
        List<MeasureRow> rows = MeasureRow.of(comparison(false));
        assertThat(rows).extracting(MeasureRow::name)
                .containsExactly("decode", "latency_ms", "native:cpu_load_percent", "buffer_size");
        MeasureRow decode = rows.get(0);
        assertThat(decode.suite()).isEqualTo("jmh");
        assertThat(decode.unit()).isEqualTo("ns/op");
        assertThat(decode.baseline()).startsWith("100.").contains(" ± ");
        assertThat(decode.current()).startsWith("110.");
        assertThat(decode.change()).startsWith("+10.0 % [");
        assertThat(decode.verdict()).isEqualTo("regressed");

        MeasureRow latency = rows.get(1);
        assertThat(latency.baseline()).isEqualTo("8.40");
        assertThat(latency.current()).isEqualTo("9.24");
        assertThat(latency.change()).isEqualTo("+10.0 %");
        assertThat(latency.verdict()).isEqualTo("inconclusive (single value: relative change only)");
        assertThat(latency.line()).isEqualTo("latency_ms (native, ms): A 8.40, B 9.24, change +10.0 %,"
                + " inconclusive (single value: relative change only)");

        assertThat(rows.get(3).unit()).isEmpty();
        assertThat(rows.get(3).verdict()).isEqualTo("inconclusive (single value: relative change only;"
                + " reported, not gated)");
    }

    @org.junit.jupiter.api.Test
    void aNameInTwoSuitesIsNamedWithItsSuite() {
        MeasureSet a = MeasureSet.of(List.of(Measure.of("jmh", "decode", "ns/op", Direction.LOWER_IS_BETTER, 1),
                Measure.of("gbench", "decode", "ns", Direction.LOWER_IS_BETTER, 2)));
        Comparison c = Comparison.compare(Map.of(), Map.of(), a, a, CompareOptions.defaults());
        assertThat(MeasureRow.of(c)).extracting(MeasureRow::name).containsExactly("jmh:decode", "gbench:decode");
    }

    @org.junit.jupiter.api.Test
    void markdownListsMetricsAndMeasuresInTablesOfTheirOwn() {
        String md = CompareMarkdown.render(CompareReport.of(JUnitXmlTest.A, JUnitXmlTest.B, comparison(true)));
        assertThat(md).contains("| metric | A mean ± sd |").contains("| `avg_total_us` |")
                .contains("| measure | suite | unit | A | B | change [95 % CI] | p (Holm) | verdict |")
                .contains("| `decode` | jmh | ns/op | 100.")
                .contains("| **regressed** |")
                .contains("| `latency_ms` | native | ms | 8.40 | 9.24 | +10.0 % | - |"
                        + " _inconclusive (single value: relative change only)_ |")
                .contains("| `native:cpu_load_percent` | native | % | 34.80 | 34.80 | +0.00 % |");
        assertThat(md.lines().filter(l -> l.startsWith("| `decode`")).count()).isEqualTo(1);

        String only = CompareMarkdown.render(CompareReport.of(JUnitXmlTest.A, JUnitXmlTest.B, comparison(false)));
        assertThat(only).doesNotContain("| metric |").doesNotContain("avg_total_us")
                .contains("| measure | suite |").contains("| `latency_ms` | native | ms |");
    }
}

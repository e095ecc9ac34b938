package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.text.Printable;
import java.util.Map;

/**
 * A run's measures ({@code show}): one row per measure, named {@code suite:name}, with its unit,
 * which way it improves, its number of values (repeats) and their descriptive statistics; a
 * single value shows as itself, without spread.
 */
public final class MeasureTable {

    /** How much of a measure's name a row shows (JMH names run long). */
    private static final int MAX_NAME = 80;

    private MeasureTable() {
    }

    /** The table of {@code measures}, in the run's order. */
    public static TextTable of(Map<Measure, Summary> measures) {
        TextTable t = new TextTable().left("measure").left("unit").left("better").right("n").right("mean")
                .right("std").right("min").right("median").right("max");
        measures.forEach((m, s) -> t.row(Printable.truncate(m.ref().toString(), MAX_NAME),
                m.unit().isEmpty() ? Format.NONE : Printable.of(m.unit()), better(m), Integer.toString(s.n()),
                Format.value(s.mean()), Format.value(s.std()), Format.value(s.min()), Format.value(s.median()),
                Format.value(s.max())));
        return t;
    }

    private static String better(Measure m) {
        return m.direction().map(d -> d == Direction.LOWER_IS_BETTER ? "lower" : "higher").orElse("not gated");
    }
}

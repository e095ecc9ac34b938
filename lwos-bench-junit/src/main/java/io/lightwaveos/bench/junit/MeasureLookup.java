package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Metric;
import java.util.Optional;
import org.assertj.core.api.Assertions;

/**
 * Finds the measure an assertion names ({@code suite:name}, or a bare name one suite holds), or
 * fails with a message that shows the run's measures and says what to write instead.
 */
final class MeasureLookup {

    private MeasureLookup() {
    }

    /**
     * The measure {@code reference} names in {@code measures}.
     *
     * @param owner what messages call the run: {@code run "nightly"}
     * @throws AssertionError when the reference is malformed, names no measure, or a bare name is
     *                        in several suites (listing the {@code suite:name} to choose from)
     */
    static Measure find(MeasureSet measures, String reference, String owner) {
        if (reference == null) {
            throw Assertions.<AssertionError>fail("expected a measure name such as \"latency_ms\" or"
                    + " \"native:latency_ms\", got null");
        }
        MeasureRef ref;
        Optional<Measure> found;
        try {
            ref = MeasureRef.parse(reference);
            found = measures.find(ref);
        } catch (IllegalArgumentException e) {
            throw Assertions.<AssertionError>fail("cannot pick a measure of " + owner + ": " + e.getMessage()
                    + "\n\n" + Tables.measures(measures));
        }
        if (found.isPresent()) {
            return found.get();
        }
        String hint = ref.suite() == null && Metric.byId(ref.name()).isPresent()
                ? " (" + ref.name() + " is a frame metric: assert on it with metric(Metric." + Metric.byId(ref.name())
                        .orElseThrow().name() + "))"
                : "";
        throw Assertions.<AssertionError>fail("expected a measure " + ref + " in " + owner + ", but it has none"
                + hint + (measures.isEmpty() ? "; it holds no measures at all" : "; its measures:") + "\n\n"
                + Tables.measures(measures));
    }

    /** The run's name and measures, what a {@link MeasureAssert}'s messages end with. */
    static String context(MeasureSet measures, String owner) {
        return owner + "\n\n" + Tables.measures(measures);
    }
}

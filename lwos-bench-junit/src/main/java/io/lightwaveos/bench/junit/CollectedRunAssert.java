package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.metric.Metric;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CollectedRun}: its frame metrics ({@link #metric(Metric)}, as
 * {@code assertThat(run.summary())}) and its measures ({@link #measure(String)}); a name that is
 * both a frame metric and a measure is never mixed: {@code metric} reads frames, {@code measure}
 * measures. Made by {@link LwosBenchAssertions#assertThat(CollectedRun)}.
 *
 * <pre>{@code
 * assertThat(run).metric(Metric.AVG_TOTAL_US).p95().isBelowBudget(175.0);
 * assertThat(run).measure("latency_ms").isLessThan(10.0);
 * assertThat(run).measure("device:device_fps").mean().isAboveFloor(100.0);
 * }</pre>
 */
public final class CollectedRunAssert extends AbstractAssert<CollectedRunAssert, CollectedRun> {

    CollectedRunAssert(CollectedRun actual) {
        super(actual, CollectedRunAssert.class);
    }

    /**
     * Assertions on the measure {@code reference} names: {@code suite:name}, or a bare name when
     * only one suite of the run has it; fails, showing the run's measures, when the run has no such
     * measure or the bare name is in several suites.
     */
    public MeasureAssert measure(String reference) {
        isNotNull();
        String owner = "run \"" + actual.name() + "\"";
        return new MeasureAssert(MeasureLookup.find(actual.measures(), reference, owner),
                MeasureLookup.context(actual.measures(), owner));
    }

    /** Assertions on one frame metric's statistics; fails when the run has no values of it. */
    public SummaryAssert metric(Metric metric) {
        isNotNull();
        return new RunSummaryAssert(actual.summary()).metric(metric);
    }
}

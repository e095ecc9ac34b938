package io.lightwaveos.bench.store;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One run's values of one measure, as a history sees them ({@link MeasureQueries#measureHistory}):
 * who the run is, where it comes from, and the measure with all its repeats.
 *
 * @param id        the run's UUID
 * @param name      its name
 * @param startedAt UTC start
 * @param status    its status
 * @param context   the context's queryable fields (rig, branch, commit, firmware, effect name), as in
 *                  {@link RunStats#context()}
 * @param quality   why it is doubtful, or clean
 * @param measure   the measure as the run holds it (suite, name, unit, direction, values in order)
 */
public record RunMeasure(UUID id, String name, Instant startedAt, RunStatus status, RunContext context,
        RunQuality quality, Measure measure) {

    /** Checks nothing is missing. */
    public RunMeasure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measure, "measure");
    }
}

package io.lightwaveos.bench.web;

import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import java.util.List;
import java.util.Objects;

/**
 * Samples appended to a run after a given seq, for the live view.
 *
 * @param status      the run's status, read <em>before</em> the samples: when it is not RUNNING
 *                    and the batch is not full, the batch holds the run's last samples
 * @param sampleCount samples stored, read with the status
 * @param counters    the run's counters (foreign, malformed, gaps, reconnects, reboots) as the
 *                    collector last stored them, read with the status
 * @param samples     samples in ascending seq order
 */
public record LiveBatch(RunStatus status, long sampleCount, RunCounters counters, List<Sample> samples) {
    public LiveBatch {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(counters, "counters");
        samples = List.copyOf(samples);
    }
}

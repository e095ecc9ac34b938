package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.metric.Metric;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * Which runs a history covers and how it is analysed (SPEC §11).
 *
 * @param metric   the frame metric; null when the history is a measure's
 * @param stat     the per-run statistic (default mean)
 * @param rig      only runs of this rig; null: the rig of the newest matching run (unless allRigs)
 * @param branch   only runs of this branch; null: any
 * @param tags     only runs carrying all of these tags
 * @param nameGlob only runs whose name matches this glob ({@code *} any text, {@code ?} one
 *                 character); null: any
 * @param workload only runs of this effect name; null: the effect of the newest matching run
 *                 (unless allRigs)
 * @param since    only runs started at or after this; null: any
 * @param last     the newest this many runs, &ge; 1 (default 200)
 * @param allRigs  mix rigs and workloads instead of keeping to one of each
 * @param options  change-point settings
 * @param measure  the measure ({@code suite:name}, SPEC §14) whose history this is, one value per run
 *                 (the statistic of its repeats: the mean, or the single value); null for a frame
 *                 metric's history
 */
public record HistoryQuery(Metric metric, SummaryStat stat, String rig, String branch, Set<String> tags,
                           String nameGlob, String workload, Instant since, int last, boolean allRigs,
                           ChangePointOptions options, MeasureRef measure) {

    /** The default number of runs. */
    public static final int DEFAULT_LAST = 200;

    /**
     * @throws IllegalArgumentException if last &lt; 1 or a required part is missing
     */
    public HistoryQuery {
        if ((metric == null) == (measure == null)) {
            throw new IllegalArgumentException("a history is of a frame metric or of a measure, one of them");
        }
        if (measure != null && measure.suite() == null) {
            throw new IllegalArgumentException("a measure's history names its suite, got " + measure);
        }
        stat = stat == null ? SummaryStat.MEAN : stat;
        tags = tags == null ? Set.of() : Set.copyOf(tags);
        options = options == null ? ChangePointOptions.defaults() : options;
        if (last < 1) {
            throw new IllegalArgumentException("--last must be at least 1, got " + last);
        }
    }

    /** A frame metric's history. */
    public HistoryQuery(Metric metric, SummaryStat stat, String rig, String branch, Set<String> tags,
                        String nameGlob, String workload, Instant since, int last, boolean allRigs,
                        ChangePointOptions options) {
        this(Objects.requireNonNull(metric, "metric"), stat, rig, branch, tags, nameGlob, workload, since, last,
                allRigs, options, null);
    }

    /** This query for measure {@code ref} ({@code suite:name}) instead of its metric. */
    public HistoryQuery withMeasure(MeasureRef ref) {
        return new HistoryQuery(null, stat, rig, branch, tags, nameGlob, workload, since, last, allRigs, options,
                Objects.requireNonNull(ref, "ref"));
    }

    /** What the history is of: the metric id or the measure's {@code suite:name}. */
    public String subject() {
        return measure != null ? measure.toString() : metric.id();
    }

    /** The mean of {@code metric} over the newest 200 runs of one rig and workload, default settings. */
    public static HistoryQuery of(Metric metric) {
        return new HistoryQuery(metric, SummaryStat.MEAN, null, null, Set.of(), null, null, null, DEFAULT_LAST, false,
                ChangePointOptions.defaults());
    }
}

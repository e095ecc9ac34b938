package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.service.history.HistoryQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import picocli.CommandLine.Option;

/** The run filters and change-point settings that {@code history} and {@code check --against-history} share. */
final class HistoryFilters {

    @Option(names = "--rig", paramLabel = "RIG", description = "Only runs of this rig (default: the newest run's).")
    String rig;

    @Option(names = "--branch", paramLabel = "BRANCH", description = "Only runs of this branch.")
    String branch;

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Only runs carrying every one of these tags.")
    List<String> tags = List.of();

    @Option(names = "--name", paramLabel = "GLOB", description = "Only runs whose name matches this glob (* and ?).")
    String name;

    @Option(names = "--workload", paramLabel = "EFFECT",
            description = "Only runs of this effect (default: the newest run's).")
    String workload;

    @Option(names = "--since", paramLabel = "TIME", description = "Only runs started at or after this (2026-11-01 or an ISO-8601 instant).")
    String since;

    @Option(names = "--max-pvalue", paramLabel = "P",
            description = "Change points need p below this (default: ${DEFAULT-VALUE}).")
    double maxPValue = ChangePointOptions.DEFAULT_MAX_P_VALUE;

    @Option(names = "--min-magnitude", paramLabel = "FRACTION",
            description = "Change points need at least this relative change, 0.02 for 2%% (default: ${DEFAULT-VALUE}).")
    double minMagnitude;

    /** The query of a frame metric's or a measure's history over {@code last} runs with change-point window {@code window}. */
    HistoryQuery query(MetricOrMeasure subject, String stat, int last, int window, boolean allRigs) {
        HistoryQuery q = query(subject.isMeasure() ? Metric.AVG_TOTAL_US : subject.metric(), stat, last, window, allRigs);
        return subject.isMeasure() ? q.withMeasure(subject.measure()) : q;
    }

    /** The query over {@code last} runs with change-point window {@code window}. */
    HistoryQuery query(Metric metric, String stat, int last, int window, boolean allRigs) {
        SummaryStat summaryStat = SummaryStat.byId(stat).orElseThrow(() -> ExitException.usage(
                "unknown statistic \"" + stat + "\"; expected one of " + String.join(", ", SummaryStat.ids())));
        try {
            ChangePointOptions options = new ChangePointOptions(window, maxPValue, minMagnitude,
                    ChangePointOptions.DEFAULT_MIN_SEGMENT);
            return new HistoryQuery(metric, summaryStat, rig, branch, new LinkedHashSet<>(tags), name, workload,
                    parseSince(), last, allRigs, options);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage(e.getMessage());
        }
    }

    private Instant parseSince() {
        if (since == null) {
            return null;
        }
        try {
            return since.length() == 10 ? LocalDate.parse(since).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ExitException.usage("--since: expected a date (2026-11-01) or an ISO-8601 instant (2026-11-01T08:00:00Z), got \""
                    + since + "\"");
        }
    }
}

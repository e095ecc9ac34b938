package io.lightwaveos.bench.run;

import io.lightwaveos.bench.metric.Metric;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a run's numbers can be trusted (SPEC §3): clean, or the reasons that make it doubtful.
 * Derived from what the run recorded ({@link #assess}), so every store computes it the same way.
 *
 * @param reasons the reasons, in {@link QualityReason} order; empty when clean
 */
public record RunQuality(Set<QualityReason> reasons) {

    /** No reason to doubt the run. */
    public static final RunQuality CLEAN = new RunQuality(Set.of());

    /**
     * A finished run with fewer effective samples of avg_total_us than this is {@link QualityReason#SHORT}.
     */
    public static final double MIN_N_EFF = 30.0;

    /** The cached statistic {@link #assess} reads for {@link QualityReason#SHORT}. */
    public static final String N_EFF_STAT = "n_eff";

    public RunQuality {
        EnumSet<QualityReason> set = EnumSet.noneOf(QualityReason.class);
        if (reasons != null) {
            set.addAll(reasons);
        }
        reasons = Collections.unmodifiableSet(set);
    }

    /** A quality with these reasons (none: clean). */
    public static RunQuality of(QualityReason... reasons) {
        return new RunQuality(Set.of(reasons));
    }

    /**
     * The quality of a run from what it recorded:
     * {@link QualityReason#GAPS} if {@code counters.gaps() > 0}, {@link QualityReason#REBOOT} if
     * {@code reboots > 0}, {@link QualityReason#RECONNECTS} if {@code reconnects > 0},
     * {@link QualityReason#STATS_RESET} if there is a {@link EventType#STATS_RESET} event,
     * {@link QualityReason#MIXED_WORKLOAD} if there is a {@link EventType#WORKLOAD_CHANGED} event, and
     * {@link QualityReason#SHORT} if the run is finished and its cached {@value #N_EFF_STAT} of
     * avg_total_us is below {@link #MIN_N_EFF} or missing (fewer than 2 samples). A RUNNING run is
     * never short: its statistics are not computed yet.
     *
     * @param status      the run's status
     * @param counters    the run's counters
     * @param eventTypes  the types of the run's events (duplicates allowed)
     * @param cachedStats the run's cached statistics, metric id → statistic name → value
     */
    public static RunQuality assess(RunStatus status, RunCounters counters, Collection<EventType> eventTypes,
            Map<String, Map<String, Double>> cachedStats) {
        return assess(status, counters, eventTypes, cachedStats, false);
    }

    /**
     * {@link #assess(RunStatus, RunCounters, Collection, Map)} for a run that may hold measures
     * only: such a run (no frame samples, measures imported from a result file or recorded by a
     * harness) measured no frames, so it is never {@link QualityReason#SHORT}; the other reasons
     * apply as they do to every run.
     *
     * @param measuresOnly whether the run has no samples and holds at least one measure
     */
    public static RunQuality assess(RunStatus status, RunCounters counters, Collection<EventType> eventTypes,
            Map<String, Map<String, Double>> cachedStats, boolean measuresOnly) {
        EnumSet<QualityReason> reasons = EnumSet.noneOf(QualityReason.class);
        if (counters.gaps() > 0) {
            reasons.add(QualityReason.GAPS);
        }
        if (counters.reboots() > 0) {
            reasons.add(QualityReason.REBOOT);
        }
        if (counters.reconnects() > 0) {
            reasons.add(QualityReason.RECONNECTS);
        }
        if (eventTypes.contains(EventType.STATS_RESET)) {
            reasons.add(QualityReason.STATS_RESET);
        }
        if (eventTypes.contains(EventType.WORKLOAD_CHANGED)) {
            reasons.add(QualityReason.MIXED_WORKLOAD);
        }
        if (status != RunStatus.RUNNING && !measuresOnly) {
            Map<String, Double> stats = cachedStats.get(Metric.AVG_TOTAL_US.id());
            Double nEff = stats == null ? null : stats.get(N_EFF_STAT);
            if (nEff == null || nEff < MIN_N_EFF) {
                reasons.add(QualityReason.SHORT);
            }
        }
        return new RunQuality(reasons);
    }

    /** Whether there is no reason to doubt the run. */
    public boolean isClean() {
        return reasons.isEmpty();
    }

    /** The reasons' JSON names in order ({@code ["gaps", "reboot"]}); empty when clean. */
    public List<String> jsonNames() {
        return reasons.stream().map(QualityReason::jsonName).toList();
    }

    /**
     * Parses the reasons' JSON names joined by commas, as {@link #toString()} of a doubtful run
     * writes them ({@code "gaps,reboot"}); blank or {@code "clean"} is {@link #CLEAN}.
     *
     * @throws IllegalArgumentException if a name is not a {@link QualityReason}
     */
    public static RunQuality parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("clean")) {
            return CLEAN;
        }
        EnumSet<QualityReason> reasons = EnumSet.noneOf(QualityReason.class);
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                reasons.add(QualityReason.fromJsonName(part.strip()));
            }
        }
        return new RunQuality(reasons);
    }

    /** {@code clean}, or the reasons' JSON names joined by commas ({@code gaps,reboot}). */
    @Override
    public String toString() {
        return isClean() ? "clean" : reasons.stream().map(QualityReason::jsonName).collect(Collectors.joining(","));
    }
}

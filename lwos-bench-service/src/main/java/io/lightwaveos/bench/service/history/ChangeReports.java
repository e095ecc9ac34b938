package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePoint;
import io.lightwaveos.bench.analysis.changepoint.ChangePointDetector;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.analysis.changepoint.HistoryGate;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.ReportedChange;
import io.lightwaveos.bench.store.RunStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Change points reported once (SPEC §15): a change point that a run's own history (its rig,
 * workload and branch) finds within its last runs, and that no run reported before, is reported on
 * the run that revealed it, and recorded in the store as reported by that run. A later run never
 * reports it again; the same run gated again (a retried CI job) gets it again, so its verdict does
 * not change. Sending a reported change somewhere (a webhook) is claimed once per channel
 * ({@link #claimNotification}).
 *
 * <p>Why "once": the level of a history moves at one run, but the detector needs a few runs of the
 * new level to be sure. A step at commit 20 is found at commit 21 on one rig and at 25 on another;
 * by then it is no longer at "this run", and a gate that only looks at this run lets it pass. Here
 * it is reported by the run that revealed it and by no other. The detector may also move the
 * newest change point by a run or two as runs are added: a change recorded within
 * {@code minSegment - 1} runs (at least 1) of a new placement, in the same direction, is the same
 * change.
 *
 * <p>A change acknowledged as expected ({@link Acknowledgements}) is never reported: the history
 * starts at the acknowledged run. On a store opened read-only nothing is recorded, so every
 * unrecorded change in the window is reported.
 */
public final class ChangeReports {

    private final RunStore store;
    private final HistoryService histories;

    ChangeReports(RunStore store, HistoryService histories) {
        this.store = Objects.requireNonNull(store, "store");
        this.histories = Objects.requireNonNull(histories, "histories");
    }

    /**
     * The change points of {@code metric} that {@code run} reveals in its own history (finished runs
     * of its rig, workload and branch started before it, from the latest acknowledged change of the
     * metric, the newest {@code window} of them, then the run itself): those not reported before,
     * now recorded as reported by this run, and those this run reported before. Empty when the run
     * has no value of the statistic or the history has fewer than {@link HistoryGate#MIN_HISTORY}
     * runs (too few to tell a change from noise).
     *
     * @param run     the new run (finished)
     * @param metric  the metric
     * @param stat    the per-run statistic (the mean, usually)
     * @param window  the most earlier runs to look at, 1 or more
     * @param options change-point settings
     * @return oldest change first
     * @throws IllegalArgumentException if {@code window} is below 1
     */
    public List<ChangeReport> report(Run run, Metric metric, SummaryStat stat, int window, ChangePointOptions options) {
        Objects.requireNonNull(run, "run");
        if (run.status() == RunStatus.RUNNING) {
            return List.of();
        }
        Double value = HistoryService.statistic(run.cachedStats().get(metric.id()), stat);
        if (value == null) {
            return List.of();
        }
        HistoryQuery query = new HistoryQuery(metric, stat, run.context().rig(), run.context().vcs().branch(),
                null, null, run.context().workload().effectName(), null, window, true, options);
        List<HistoryPoint> earlier = histories.series(run, query).earlier();
        if (earlier.size() < HistoryGate.MIN_HISTORY) {
            return List.of();
        }
        return reveal(run, MetricOrMeasure.of(metric), metric.direction(), stat, earlier, value,
                run.cachedStats().getOrDefault(metric.id(), Map.of()), options);
    }

    /**
     * The change points of {@code earlier} followed by {@code run}'s {@code value} that this run
     * reveals, recording the new ones, for a frame metric or a measure ({@code subject}, recorded by
     * its id: the metric id or {@code suite:name}).
     *
     * @param direction which way {@code subject} is better, or null (its changes are {@code changed})
     * @param ownStats  the run's statistics of {@code subject}, as a history point caches them
     */
    List<ChangeReport> reveal(Run run, MetricOrMeasure subject, Direction direction, SummaryStat stat,
                              List<HistoryPoint> earlier, double value, Map<String, Double> ownStats,
                              ChangePointOptions options) {
        String id = subject.id();
        List<HistoryPoint> points = new ArrayList<>(earlier);
        HistoryRun self = new HistoryRun(run.id(), run.name(), run.startedAt(), run.status(), run.context(),
                run.quality(), ownStats);
        HistoryPoint own = HistoryService.point(self, stat);
        points.add(own != null ? own : new HistoryPoint(self, value, null, null));
        double[] values = points.stream().mapToDouble(HistoryPoint::value).toArray();
        List<ChangePoint> found = ChangePointDetector.detect(values, options);
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            position.put(points.get(i).run().id(), i);
        }
        List<ReportedChange> recorded = store.recordedChanges(id, stat.id());
        int near = HistoryService.samePlace(options);
        List<ChangeReport> out = new ArrayList<>();
        for (ChangePoint p : found) {
            String verdict = HistoryService.verdict(direction, p);
            HistoryChange change = new HistoryChange(p, points.get(p.index()), verdict);
            boolean atThisRun = p.index() == points.size() - 1;
            ReportedChange known = sameChange(recorded, position, p.index(), verdict, near);
            if (known == null) {
                ReportedChange record = new ReportedChange(change.firstRun().run().id(), id, stat.id(),
                        run.id(), verdict, p.before(), p.after(), p.pValue(), Instant.now());
                if (store.readOnly()) {
                    out.add(new ChangeReport(subject, stat, change, run.id(), atThisRun, false));
                    continue;
                }
                if (store.recordChange(record)) {
                    out.add(new ChangeReport(subject, stat, change, run.id(), atThisRun, true));
                    continue;
                }
                // Another gate recorded it a moment ago: it decides who reported it.
                known = store.recordedChanges(id, stat.id()).stream()
                        .filter(r -> r.firstRunId().equals(record.firstRunId())).findFirst().orElse(null);
            }
            if (known != null && run.id().equals(known.revealedBy())) {
                out.add(new ChangeReport(subject, stat, change, run.id(), atThisRun, false));
            }
        }
        return out;
    }

    /** The recorded change that a change at {@code index} in direction {@code verdict} is, or null. */
    private static ReportedChange sameChange(List<ReportedChange> recorded, Map<UUID, Integer> position, int index,
                                             String verdict, int near) {
        ReportedChange best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ReportedChange r : recorded) {
            Integer at = position.get(r.firstRunId());
            if (at == null || !r.verdict().equals(verdict)) {
                continue;
            }
            int distance = Math.abs(at - index);
            if (distance <= near && distance < bestDistance) {
                best = r;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Claims the sending of a reported change to {@code channel} (a webhook, by the configuration's
     * name for it, never its URL): true for the first caller only, so each channel gets a change
     * once, also when two jobs report it at once. A caller whose sending fails gives the claim back
     * with {@link #releaseNotification}, so a later run may send it.
     *
     * @throws io.lightwaveos.bench.store.StoreException NOT_FOUND if the change was not recorded (a
     *                                                   read-only store records nothing)
     */
    public boolean claimNotification(ChangeReport change, String channel) {
        return store.claimNotification(change.change().firstRun().run().id(), change.subject().id(), change.stat().id(),
                channel, Instant.now());
    }

    /** Gives a claim back after the sending failed. */
    public void releaseNotification(ChangeReport change, String channel) {
        store.releaseNotification(change.change().firstRun().run().id(), change.subject().id(), change.stat().id(),
                channel);
    }

    /** The channels a reported change was claimed for, in name order. */
    public List<String> notifiedChannels(ChangeReport change) {
        return store.notifiedChannels(change.change().firstRun().run().id(), change.subject().id(), change.stat().id());
    }
}

package io.lightwaveos.bench.service.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI loop's service API on a store (SPEC §15): change points reported once, acknowledged
 * changes restarting a gate's history, and a pull request's baseline at its merge base. Runs on
 * both engines ({@code Sqlite*Test}, {@code Postgres*Test}).
 */
abstract class ChangeLoopContract {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;
    StoreFixture fixture;
    RunStore store;
    RunService runs;
    HistoryService history;
    int count;

    abstract StoreFixture newFixture(Path dir);

    @BeforeEach
    void open() {
        fixture = newFixture(dir);
        store = fixture.open();
        runs = new RunService(store);
        history = runs.histories();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    /** A finished run of commit number {@code commit} on {@code rig}/{@code branch}, mean about {@code level} µs. */
    private Run run(String name, String rig, String branch, int commit, double level) {
        int i = count++;
        RunContext context = RunContext.EMPTY.withRig(rig).withWorkload(new Workload(1, "Ripple", 128, 10, 0))
                .withVcs(new Vcs(sha(commit), branch));
        Run run = store.createRun(NewRun.named(name).withSource("test").withContext(context)
                .withStartedAt(T0.plusSeconds(600L * i)));
        SplittableRandom random = new SplittableRandom(i);
        double runLevel = level * (1 + 0.004 * random.nextGaussian());
        double[] values = new double[200];
        for (int k = 0; k < values.length; k++) {
            values[k] = runLevel + random.nextGaussian();
        }
        return store.finishRun(run.id(), RunStatus.COMPLETE, null,
                RunService.cache(Map.of(Metric.AVG_TOTAL_US, Summary.of(values))), null);
    }

    private Run main(int commit, double level) {
        return run("main-" + commit, "bench-1", "main", commit, level);
    }

    private static String sha(int commit) {
        return String.format("%08x", 0xc0ffee00L + commit) + "5eed".repeat(8);
    }

    private static HistoryQuery query() {
        return new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, null, null, null, null,
                HistoryService.DEFAULT_GATE_RUNS, false, ChangePointOptions.defaults());
    }

    private static final HistoryGateOptions TOTAL = new HistoryGateOptions(List.of(Metric.AVG_TOTAL_US), false);

    private MetricHistoryGate gate(Run run) {
        return history.gate(run, query(), TOTAL).metrics().get(Metric.AVG_TOTAL_US);
    }

    @Test
    void aChangeFoundLateIsReportedOnTheRunThatRevealedItAndOnNoOtherRun() {
        for (int c = 0; c < 20; c++) {
            assertThat(gate(main(c, 160)).status()).as("commit %d", c).isEqualTo(GateStatus.PASS);
        }
        // Commits 20 to 22 were benchmarked but not gated (a CI outage): the step is at 20.
        main(20, 176);
        main(21, 176);
        main(22, 176);
        Run revealing = main(23, 176);
        MetricHistoryGate first = gate(revealing);
        assertThat(first.status()).isEqualTo(GateStatus.FAIL);
        assertThat(first.reason()).isEqualTo(MetricHistoryGate.LATE_CHANGE_POINT);
        assertThat(first.late()).singleElement().satisfies(c -> {
            assertThat(c.change().firstRun().run().name()).isEqualTo("main-20");
            assertThat(c.regressed()).isTrue();
            assertThat(c.firstReport()).isTrue();
            assertThat(c.revealedBy()).isEqualTo(revealing.id());
        });

        MetricHistoryGate again = gate(revealing);
        assertThat(again.status()).as("a retried job gets the same verdict").isEqualTo(GateStatus.FAIL);
        assertThat(again.late()).singleElement().satisfies(c -> assertThat(c.firstReport()).isFalse());

        for (int c = 24; c < 28; c++) {
            MetricHistoryGate later = gate(main(c, 176));
            assertThat(later.late()).as("commit %d", c).isEmpty();
            assertThat(later.status()).as("commit %d", c).isNotEqualTo(GateStatus.FAIL);
        }
        assertThat(store.recordedChanges("avg_total_us", "mean")).singleElement()
                .satisfies(r -> assertThat(r.revealedBy()).isEqualTo(revealing.id()));
    }

    @Test
    void aChangeAtTheGatedRunFailsItAndIsNotReportedAgainByTheNextRuns() {
        for (int c = 0; c < 20; c++) {
            main(c, 160);
        }
        Run step = main(20, 192);
        MetricHistoryGate atStep = gate(step);
        assertThat(atStep.status()).isEqualTo(GateStatus.FAIL);
        assertThat(atStep.reason()).isEqualTo("change_point");
        assertThat(atStep.changes()).singleElement().satisfies(c -> assertThat(c.atThisRun()).isTrue());
        assertThat(atStep.late()).isEmpty();
        for (int c = 21; c < 25; c++) {
            assertThat(gate(main(c, 192)).late()).as("commit %d", c).isEmpty();
        }
    }

    @Test
    void changeReportsAreTheApiTheCiCommandCallsAndNotifyOncePerChannel() {
        for (int c = 0; c < 20; c++) {
            main(c, 160);
        }
        main(20, 176);
        Run revealing = main(21, 176);
        ChangeReports reports = history.changeReports();
        List<ChangeReport> found = reports.report(revealing, Metric.AVG_TOTAL_US, SummaryStat.MEAN, 30,
                ChangePointOptions.defaults());
        assertThat(found).singleElement().satisfies(c -> assertThat(c.firstReport()).isTrue());
        ChangeReport change = found.get(0);
        assertThat(reports.claimNotification(change, "LWOS_BENCH_SLACK_WEBHOOK")).isTrue();
        assertThat(reports.claimNotification(change, "LWOS_BENCH_SLACK_WEBHOOK")).isFalse();
        assertThat(reports.claimNotification(change, "TEAMS")).isTrue();
        reports.releaseNotification(change, "TEAMS");
        assertThat(reports.notifiedChannels(change)).containsExactly("LWOS_BENCH_SLACK_WEBHOOK");

        for (int c = 22; c < 26; c++) {
            assertThat(reports.report(main(c, 176), Metric.AVG_TOTAL_US, SummaryStat.MEAN, 30,
                    ChangePointOptions.defaults())).as("commit %d", c).isEmpty();
        }
        assertThat(reports.report(revealing, Metric.AVG_TOTAL_US, SummaryStat.MEAN, 30, ChangePointOptions.defaults()))
                .singleElement().satisfies(c -> assertThat(c.firstReport()).isFalse());
    }

    @Test
    void aPullRequestGatedAgainstMainReportsNothingOfMainsHistoryAndNamesMainsBranch() {
        for (int c = 0; c < 20; c++) {
            main(c, 160);
        }
        main(20, 176);
        main(21, 176);
        Run pr = run("pr-7", "bench-1", "feature/fft", 21, 176);
        HistoryQuery againstMain = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, "main", null, null, null, null,
                30, false, ChangePointOptions.defaults());
        HistoryGateReport report = history.gate(pr, againstMain, TOTAL);
        assertThat(report.branch()).isEqualTo("main");
        assertThat(report.metrics().get(Metric.AVG_TOTAL_US).changes()).isEmpty();
        assertThat(store.recordedChanges("avg_total_us", "mean")).isEmpty();
    }

    @Test
    void anAcknowledgedChangeRestartsTheHistoryOfLaterGates() {
        for (int c = 0; c < 20; c++) {
            main(c, 160);
        }
        Run step = main(20, 192);
        assertThat(gate(step).status()).isEqualTo(GateStatus.FAIL);
        AcknowledgedChange ack = runs.acknowledgements().acknowledge(step, Metric.AVG_TOTAL_US,
                "  FFT rewrite: 20 % slower, 3 dB more SNR  ");
        assertThat(ack.reason()).isEqualTo("FFT rewrite: 20 % slower, 3 dB more SNR");
        assertThat(gate(step).gate().enoughHistory()).as("acknowledged at this run: no history yet").isFalse();

        MetricHistoryGate next = gate(main(21, 192));
        assertThat(next.since()).isEqualTo(ack);
        assertThat(next.status()).isEqualTo(GateStatus.PASS);
        assertThat(next.gate().historySize()).as("runs from the acknowledged one on").isEqualTo(1);
        for (int c = 22; c < 26; c++) {
            main(c, 192);
        }
        MetricHistoryGate gated = gate(main(26, 192));
        assertThat(gated.gate().enoughHistory()).isTrue();
        assertThat(gated.gate().historySize()).isEqualTo(6);
        assertThat(gated.status()).isEqualTo(GateStatus.PASS);
        assertThat(gated.gate().historyMean()).isGreaterThan(185);
        MetricHistoryGate back = gate(main(27, 192 * 1.08));
        assertThat(back.status()).as("gated against the new level only").isEqualTo(GateStatus.FAIL);

        History h = history.history(HistoryQuery.of(Metric.AVG_TOTAL_US));
        assertThat(h.acknowledged()).containsExactly(ack);
        assertThat(h.changes()).filteredOn(c -> c.firstRun().run().id().equals(step.id())).singleElement()
                .satisfies(c -> assertThat(c.acknowledged()).isEqualTo(ack));

        assertThat(runs.acknowledgements().remove(step, Metric.AVG_TOTAL_US)).isTrue();
        assertThat(gate(main(28, 192)).since()).isNull();
    }

    @Test
    void anAcknowledgementNeedsAReason() {
        Run r = main(0, 160);
        Acknowledgements acks = runs.acknowledgements();
        assertThatThrownBy(() -> acks.acknowledge(r, Metric.AVG_TOTAL_US, " ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--reason");
        assertThatThrownBy(() -> acks.acknowledge(r, Metric.AVG_TOTAL_US, "two\nlines"))
                .hasMessageContaining("U+000A");
        assertThatThrownBy(() -> acks.acknowledge(r, Metric.AVG_TOTAL_US, "x".repeat(1001)))
                .hasMessageContaining("at most 1000");
        assertThat(acks.list(null)).isEmpty();
    }

    @Test
    void improvementsPassUnlessAskedToWarn() {
        for (int c = 0; c < 20; c++) {
            main(c, 160);
        }
        Run faster = main(20, 140);
        MetricHistoryGate quiet = history.gate(faster, query(), TOTAL).metrics().get(Metric.AVG_TOTAL_US);
        assertThat(quiet.status()).isEqualTo(GateStatus.PASS);
        assertThat(quiet.reason()).isEqualTo("better_than_prediction_interval");
        MetricHistoryGate loud = history.gate(faster, query(), new HistoryGateOptions(List.of(Metric.AVG_TOTAL_US), true))
                .metrics().get(Metric.AVG_TOTAL_US);
        assertThat(loud.status()).isEqualTo(GateStatus.WARN);
    }

    @Test
    void theFirstRunsOfARigPassWithoutHistory() {
        Run first = main(0, 160);
        HistoryGateReport report = history.gate(first, query());
        assertThat(report.overall()).isEqualTo(GateStatus.PASS);
        assertThat(report.gated()).isFalse();
        assertThat(report.note()).isEqualTo("not enough history (0 runs, the rule needs 5)");
        Run second = main(1, 200);
        HistoryGateReport two = history.gate(second, query());
        assertThat(two.overall()).isEqualTo(GateStatus.PASS);
        assertThat(two.note()).isEqualTo(HistoryGateResult.notEnoughHistory(1));
        assertThat(two.metrics().values()).allSatisfy(m -> assertThat(m.changes()).isEmpty());
    }

    @Test
    void aPullRequestsBaselineIsTheBaseBranchsLastRunsAtOrBeforeItsMergeBase() {
        for (int c = 0; c < 12; c++) {
            main(c, 160);
        }
        run("other-rig", "bench-2", "main", 5, 300);
        run("feature-run", "bench-1", "feature/x", 6, 300);
        Run pr = run("pr", "bench-1", "feature/x", 99, 176);

        // Without a checkout: the runs at the merge base's commit, and those of main that started before.
        PullRequestBaseline exact = history.pullRequestBaseline(pr, "main", sha(7).substring(0, 10), 3, Ancestry.UNKNOWN);
        assertThat(exact.found()).isTrue();
        assertThat(exact.kind()).isEqualTo("merge_base");
        assertThat(exact.method()).isEqualTo(PullRequestBaseline.EXACT_COMMIT);
        assertThat(exact.runs()).extracting(HistoryRun::name).containsExactly("main-7", "main-6", "main-5");

        // With git's answer: only ancestors count, whatever their start time.
        Ancestry evenCommits = (commit, candidates) -> Optional.of(Set.copyOf(candidates.stream()
                .filter(c -> Long.parseLong(c.substring(0, 8), 16) % 2 == 0).toList()));
        PullRequestBaseline ancestors = history.pullRequestBaseline(pr, "main", sha(9), 10, evenCommits);
        assertThat(ancestors.method()).isEqualTo(PullRequestBaseline.ANCESTRY);
        assertThat(ancestors.runs()).extracting(HistoryRun::name)
                .containsExactly("main-10", "main-8", "main-6", "main-4", "main-2", "main-0");

        PullRequestBaseline none = history.pullRequestBaseline(pr, "main", "deadbeef", 10, Ancestry.UNKNOWN);
        assertThat(none.found()).isFalse();
        assertThat(none.kind()).isEqualTo("none");
        assertThat(none.note()).isEqualTo("no baseline: no run of branch main on rig bench-1 with workload Ripple at or"
                + " before the merge base deadbeef");
        assertThat(history.pullRequestBaseline(pr, "release", sha(7), 10, Ancestry.UNKNOWN).note())
                .isEqualTo("no baseline: no finished runs of branch release on rig bench-1 with workload Ripple");
        assertThatThrownBy(() -> history.pullRequestBaseline(pr, "main", "--upload-pack=x", 10, Ancestry.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hex");
    }
}

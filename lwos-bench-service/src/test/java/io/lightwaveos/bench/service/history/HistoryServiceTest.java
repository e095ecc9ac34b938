package io.lightwaveos.bench.service.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.analysis.changepoint.HistoryGateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.json.HistoryJson;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistoryServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;
    RunStore store;
    HistoryService history;
    int count;

    @BeforeEach
    void open() {
        store = RunStores.open(dir.resolve("bench.db").toString());
        history = new HistoryService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A finished run whose avg_total_us samples are around {@code level} (1 % noise, 200 samples). */
    private Run run(String name, String rig, String effect, String branch, double level, Set<String> tags) {
        int i = count++;
        RunContext context = RunContext.EMPTY.withRig(rig)
                .withWorkload(new Workload(1, effect, 128, 10, 0))
                .withVcs(new Vcs(String.format("%07x", 0xabc000 + i), branch));
        Run run = store.createRun(NewRun.named(name).withSource("test").withTags(tags).withContext(context)
                .withStartedAt(T0.plusSeconds(3600L * i)));
        SplittableRandom random = new SplittableRandom(i);
        double runLevel = level * (1 + 0.01 * random.nextGaussian());
        double[] values = new double[200];
        for (int k = 0; k < values.length; k++) {
            values[k] = runLevel + 2 * random.nextGaussian();
        }
        return store.finishRun(run.id(), RunStatus.COMPLETE, T0.plusSeconds(3600L * i + 60),
                RunService.cache(Map.of(Metric.AVG_TOTAL_US, Summary.of(values))), null);
    }

    private Run run(String name, double level) {
        return run(name, "bench-a", "Ripple", "main", level, Set.of("nightly"));
    }

    private HistoryQuery query() {
        return HistoryQuery.of(Metric.AVG_TOTAL_US);
    }

    @Test
    void aNewerRunOfMeasuresOnlyDoesNotPickTheRigOfAFrameMetricsHistory() {
        for (int i = 0; i < 5; i++) {
            run("build-" + i, 160);
        }
        measureRun("native-result", null, RunStatus.COMPLETE, MeasureSet.builder("native")
                .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER).build());
        History h = history.history(query());
        assertThat(h.rig()).as("the newest run with a value of the metric").isEqualTo("bench-a");
        assertThat(h.points()).hasSize(5);
    }

    /** A run holding {@code measures} (none: only frames, without samples); finished unless RUNNING. */
    private void measureRun(String name, String rig, RunStatus status, MeasureSet measures) {
        int i = count++;
        Run run = store.createRun(NewRun.named(name).withSource("test").withTags(Set.of("nightly"))
                .withContext(RunContext.EMPTY.withRig(rig)).withStartedAt(T0.plusSeconds(3600L * i)));
        if (!measures.isEmpty()) {
            store.saveMeasures(run.id(), measures);
        }
        if (status != RunStatus.RUNNING) {
            store.finishRun(run.id(), status, T0.plusSeconds(3600L * i + 60), Map.of(), null);
        }
    }

    /**
     * Oldest first: a native result on bench-a, a JMH result on bench-b (latency_ms of a second suite),
     * a run of frames only, a run still RUNNING.
     */
    private void storeResults() {
        measureRun("native-1", "bench-a", RunStatus.COMPLETE, MeasureSet.builder("native")
                .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
                .record("cpu_load_percent", 34.8, "%", Direction.LOWER_IS_BETTER).build());
        measureRun("jmh-1", "bench-b", RunStatus.COMPLETE, MeasureSet.builder("jmh")
                .add(Measure.of("jmh", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 8.1, 8.3))
                .add(Measure.of("jmh", "decode_ns", "ns/op", Direction.LOWER_IS_BETTER, 4.1, 4.3, 4.2)).build());
        measureRun("frames-only", "bench-a", RunStatus.COMPLETE, MeasureSet.empty());
        measureRun("still-running", "bench-a", RunStatus.RUNNING, MeasureSet.builder("native")
                .record("running_only", 1, "ms", Direction.LOWER_IS_BETTER).build());
    }

    private static List<String> measureAddresses(List<HistorySubject> subjects) {
        return subjects.stream().filter(s -> s.measure() != null).map(HistorySubject::address).toList();
    }

    @Test
    void subjectsAreTheFrameMetricsThenTheMeasuresOfFinishedRunsBySuiteAndName() {
        storeResults();
        List<HistorySubject> subjects = history.subjects(query());
        assertThat(subjects.subList(0, Metric.all().size())).extracting(HistorySubject::metric)
                .containsExactlyElementsOf(Metric.all());
        assertThat(subjects.subList(Metric.all().size(), subjects.size())).extracting(HistorySubject::id)
                .containsExactly("jmh:decode_ns", "jmh:latency_ms", "native:cpu_load_percent", "native:latency_ms");
        HistorySubject decode = subjects.get(Metric.all().size());
        assertThat(decode.measure().unit()).isEqualTo("ns/op");
        assertThat(decode.measure().count()).isEqualTo(3);
    }

    @Test
    void aSubjectsNameIsBareUnlessAFrameMetricOrAnotherSuiteSharesIt() {
        storeResults();
        List<HistorySubject> subjects = history.subjects(query());
        assertThat(subjects).filteredOn(s -> s.metric() == Metric.AVG_TOTAL_US).extracting(HistorySubject::address)
                .containsExactly("avg_total_us");
        assertThat(subjects).filteredOn(s -> s.metric() == Metric.CPU_LOAD_PERCENT).extracting(HistorySubject::address)
                .containsExactly("frame:cpu_load_percent");
        assertThat(measureAddresses(subjects))
                .containsExactly("decode_ns", "jmh:latency_ms", "native:cpu_load_percent", "native:latency_ms");
        for (HistorySubject s : subjects) {
            assertThat(history.resolve(s.address()).id()).as(s.address()).isEqualTo(s.id());
        }
    }

    @Test
    void subjectsOfferTheMeasuresOfTheRunsTheFiltersSelect() {
        storeResults();
        assertThat(measureAddresses(history.subjects(new HistoryQuery(Metric.AVG_TOTAL_US, null, "bench-a", null,
                Set.of(), null, null, null, HistoryQuery.DEFAULT_LAST, false, null))))
                .as("the address stays what history takes: the store decides")
                .containsExactly("native:cpu_load_percent", "native:latency_ms");
        assertThat(measureAddresses(history.subjects(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of(),
                null, null, null, 1, false, null)))).as("the newest run holding measures")
                .containsExactly("decode_ns", "jmh:latency_ms");
        assertThat(measureAddresses(history.subjects(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of(),
                "native-*", null, null, HistoryQuery.DEFAULT_LAST, false, null))))
                .containsExactly("native:cpu_load_percent", "native:latency_ms");
        assertThat(measureAddresses(history.subjects(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of(),
                null, null, T0.plusSeconds(1800), HistoryQuery.DEFAULT_LAST, false, null))))
                .containsExactly("decode_ns", "jmh:latency_ms");
        assertThat(history.subjects(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of("other"), null, null,
                null, HistoryQuery.DEFAULT_LAST, false, null))).as("frame metrics are always offered")
                .hasSize(Metric.all().size());
    }

    @Test
    void pointsAreInStartOrderWithTheirIntervalsAndTheStepIsAChangePoint() {
        for (int i = 0; i < 30; i++) {
            run("build-" + i, i < 20 ? 160 : 176);
        }
        History h = history.history(query());
        assertThat(h.points()).hasSize(30);
        assertThat(h.points()).extracting(p -> p.run().name()).startsWith("build-0", "build-1").endsWith("build-29");
        assertThat(h.points()).allSatisfy(p -> {
            assertThat(p.ci95()).isNotNull();
            assertThat(p.ci95().contains(p.value())).isTrue();
            assertThat(p.nEff()).isNotNull();
            assertThat(p.commit()).isNotNull();
        });
        assertThat(h.changes()).hasSize(1);
        HistoryChange change = h.changes().get(0);
        assertThat(change.point().index()).isEqualTo(20);
        assertThat(change.firstRun().run().name()).isEqualTo("build-20");
        assertThat(change.verdict()).isEqualTo("regressed");
        assertThat(h.rig()).isEqualTo("bench-a");
        assertThat(h.workload()).isEqualTo("Ripple");
    }

    @Test
    void rigsAndWorkloadsAreKeptApartUnlessAllRigsIsAsked() {
        for (int i = 0; i < 10; i++) {
            run("a-" + i, "bench-a", "Ripple", "main", 160, Set.of());
            run("b-" + i, "bench-b", "Ripple", "main", 200, Set.of());
            run("c-" + i, "bench-b", "Plasma", "main", 250, Set.of());
        }
        History newest = history.history(query());
        assertThat(newest.rig()).isEqualTo("bench-b");
        assertThat(newest.workload()).isEqualTo("Plasma");
        assertThat(newest.points()).extracting(p -> p.run().name()).allMatch(n -> n.startsWith("c-")).hasSize(10);

        HistoryQuery rigA = new HistoryQuery(Metric.AVG_TOTAL_US, null, "bench-a", null, null, null, null, null, 200,
                false, null);
        assertThat(history.history(rigA).points()).extracting(p -> p.run().name()).allMatch(n -> n.startsWith("a-"));

        HistoryQuery ripple = new HistoryQuery(Metric.AVG_TOTAL_US, null, "bench-b", null, null, null, "Ripple", null,
                200, false, null);
        assertThat(history.history(ripple).points()).extracting(p -> p.run().name()).allMatch(n -> n.startsWith("b-"));

        HistoryQuery all = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, null, null, null, null, 200, true,
                null);
        assertThat(history.history(all).points()).hasSize(30);
    }

    @Test
    void tagsBranchNameGlobSinceAndLastNarrowTheRuns() {
        for (int i = 0; i < 12; i++) {
            run((i % 2 == 0 ? "nightly-" : "pr-") + i, "bench-a", "Ripple", i < 6 ? "main" : "dev", 160,
                    i % 3 == 0 ? Set.of("tagged") : Set.of());
        }
        assertThat(names(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of("tagged"), null, null, null,
                200, false, null))).containsExactly("nightly-0", "pr-3", "nightly-6", "pr-9");
        assertThat(names(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, "dev", null, "nightly-*", null, null, 200,
                false, null))).containsExactly("nightly-6", "nightly-8", "nightly-10");
        assertThat(names(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, null, "pr-?", null,
                T0.plusSeconds(3600L * 4), 200, false, null))).containsExactly("pr-5", "pr-7", "pr-9");
        assertThat(names(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, null, null, null, null, 3, false,
                null))).containsExactly("pr-9", "nightly-10", "pr-11");
    }

    /** Issue 24: a backtracking regex took minutes on this name; the glob matcher is linear. */
    @Test
    void aNameGlobWithManyStarsAgainstALongNameIsAnsweredAtOnce() {
        run("a".repeat(200), 160);
        run("a".repeat(199) + "b", 160);
        assertThat(names(new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, null, "*a*a*a*a*a*b", null, null,
                200, false, null))).containsExactly("a".repeat(199) + "b");
    }

    @Test
    void percentileHistoriesCarryTheirOrderStatisticIntervals() {
        for (int i = 0; i < 5; i++) {
            run("r" + i, 160);
        }
        HistoryQuery p95 = new HistoryQuery(Metric.AVG_TOTAL_US, SummaryStat.P95, null, null, null, null, null, null,
                200, false, null);
        assertThat(history.history(p95).points()).allSatisfy(p -> {
            assertThat(p.ci95()).isNotNull();
            assertThat(p.ci95().lo()).isLessThanOrEqualTo(p.value());
            assertThat(p.ci95().hi()).isGreaterThanOrEqualTo(p.value());
        });
    }

    @Test
    void theJsonDocumentHasTheSpecFields() {
        for (int i = 0; i < 30; i++) {
            run("build-" + i, i < 20 ? 160 : 176);
        }
        JsonNode doc = HistoryJson.toJson(history.history(query()));
        assertThat(doc.get("schema").asText()).isEqualTo("lwos-bench/history/v1");
        assertThat(doc.get("metric").asText()).isEqualTo("avg_total_us");
        assertThat(doc.get("stat").asText()).isEqualTo("mean");
        assertThat(doc.get("direction").asText()).isEqualTo("lower_is_better");
        JsonNode point = doc.get("points").get(0);
        assertThat(point.get("run").fieldNames()).toIterable().containsExactly("id", "name", "started_at");
        assertThat(point.fieldNames()).toIterable()
                .containsExactly("run", "commit", "firmware", "value", "ci95", "n_eff", "quality");
        JsonNode change = doc.get("change_points").get(0);
        assertThat(change.fieldNames()).toIterable()
                .containsExactly("index", "run", "commit", "before", "after", "relative_change", "p", "verdict",
                        "acknowledged");
        assertThat(change.get("index").asInt()).isEqualTo(20);
        assertThat(change.get("verdict").asText()).isEqualTo("regressed");
        assertThat(Json.pretty(doc)).contains("\"filters\"");
    }

    @Test
    void gatePassesWarnsAndFailsAgainstTheSameRigsHistory() {
        for (int i = 0; i < 30; i++) {
            run("build-" + i, 160);
        }
        run("other-rig", "bench-z", "Ripple", "main", 400, Set.of());
        HistoryQuery window = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, null, null, null, null,
                HistoryService.DEFAULT_GATE_RUNS, false, ChangePointOptions.defaults());

        Map<Metric, HistoryGateResult> same = gates(history.gate(run("same", 160), window));
        assertThat(same.get(Metric.AVG_TOTAL_US).status()).isEqualTo(GateStatus.PASS);
        assertThat(same.get(Metric.AVG_TOTAL_US).historySize()).isEqualTo(30);

        Map<Metric, HistoryGateResult> worse = gates(history.gate(run("much-slower", 160 * 1.2), window));
        assertThat(worse.get(Metric.AVG_TOTAL_US).status()).isEqualTo(GateStatus.FAIL);
        assertThat(worse.get(Metric.AVG_TOTAL_US).reason()).isEqualTo("change_point");
    }

    @Test
    void gateWarnsOutsideThePredictionInterval() {
        for (int i = 0; i < 30; i++) {
            run("build-" + i, 160);
        }
        HistoryQuery window = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, null, null, null, null, 30,
                false, null);
        Run probe = run("probe", 160);
        HistoryGateResult r = gates(history.gate(probe, window)).get(Metric.AVG_TOTAL_US);
        double justOutside = r.predictionHigh() + 0.1 * (r.predictionHigh() - r.historyMean());
        store.deleteRun(probe.id());
        Run slower = runAt("slower", justOutside);
        HistoryGateResult w = gates(history.gate(slower, window)).get(Metric.AVG_TOTAL_US);
        assertThat(w.status()).isEqualTo(GateStatus.WARN);
        assertThat(w.reason()).isEqualTo("beyond_prediction_interval");
    }

    @Test
    void gateWithoutEnoughHistoryPassesEveryMetricUngated() {
        run("only", 160);
        run("second", 161);
        Run next = run("next", 160 * 1.077);
        Map<Metric, HistoryGateResult> results = gates(history.gate(next, HistoryQuery.of(Metric.AVG_TOTAL_US)));
        assertThat(results).isNotEmpty();
        assertThat(results.values()).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(GateStatus.PASS);
            assertThat(r.note()).isEqualTo("not enough history (2 runs, the rule needs 5)");
        });
    }

    @Test
    void aFirstRunHasNoHistoryAndPasses() {
        Run first = run("first", 160);
        HistoryGateResult r = gates(history.gate(first, HistoryQuery.of(Metric.AVG_TOTAL_US))).get(Metric.AVG_TOTAL_US);
        assertThat(r.status()).isEqualTo(GateStatus.PASS);
        assertThat(r.historySize()).isZero();
        assertThat(r.enoughHistory()).isFalse();
    }

    private static Map<Metric, HistoryGateResult> gates(HistoryGateReport report) {
        Map<Metric, HistoryGateResult> out = new java.util.LinkedHashMap<>();
        report.metrics().forEach((metric, m) -> out.put(metric, m.gate()));
        return out;
    }

    /** A run whose cached mean is exactly {@code mean}. */
    private Run runAt(String name, double mean) {
        int i = count++;
        RunContext context = RunContext.EMPTY.withRig("bench-a").withWorkload(new Workload(1, "Ripple", 128, 10, 0))
                .withVcs(new Vcs("f00" + i, "main"));
        Run run = store.createRun(NewRun.named(name).withSource("test").withContext(context)
                .withStartedAt(T0.plusSeconds(3600L * i)));
        double[] values = new double[200];
        for (int k = 0; k < values.length; k++) {
            values[k] = mean + (k % 2 == 0 ? 1 : -1);
        }
        return store.finishRun(run.id(), RunStatus.COMPLETE, null,
                RunService.cache(Map.of(Metric.AVG_TOTAL_US, Summary.of(values))), null);
    }

    private List<String> names(HistoryQuery q) {
        return history.history(q).points().stream().map(p -> p.run().name()).toList();
    }
}

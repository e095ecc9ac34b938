package io.lightwaveos.bench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.analysis.Intervals;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.analysis.compare.Verdict;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.history.CachedIntervals;
import io.lightwaveos.bench.service.io.ImportException;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunServiceTest {

    @TempDir
    Path dir;
    RunStore store;
    RunService service;

    @BeforeEach
    void open() {
        store = RunStores.open(dir.resolve("bench.db").toString());
        service = new RunService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Writes a finished run of n samples whose avg_total_us is around {@code mean}. */
    Run run(String name, int n, double mean, long seed) {
        Run run = store.createRun(NewRun.named(name).withSource("test"));
        SplittableRandom r = new SplittableRandom(seed);
        long t0 = Sample.toMicros(Instant.parse("2026-11-26T10:00:00Z"));
        try (SampleWriter w = store.openWriter(run.id())) {
            for (int i = 0; i < n; i++) {
                float avg = (float) (mean + r.nextGaussian() * 2);
                w.append(new Sample(i, t0 + i * 100_000L, BenchmarkFrame.compact(100L * i, avg, 70f + (float) r.nextGaussian(),
                        avg / 200f, (int) (avg * 3), 200, 5L * i, i, Flags.of(3), 0)));
            }
        }
        return service.finish(run.id(), RunStatus.COMPLETE, null, Map.of());
    }

    @Test
    void finishCachesTheSummariesOfEveryMetricTheRunHas() {
        Run run = run("a", 300, 150, 1);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
        assertThat(run.cachedStats()).containsOnlyKeys("avg_total_us", "avg_goertzel_us", "cpu_load_percent",
                "peak_total_us", "peak_goertzel_us");
        Summary fresh = service.summaries(run.id()).get(Metric.AVG_TOTAL_US);
        assertThat(run.cachedStats().get("avg_total_us")).containsAllEntriesOf(fresh.asMap());
        assertThat(CachedIntervals.read(run.cachedStats().get("avg_total_us"), SummaryStat.MEAN)).isEqualTo(Intervals.mean(fresh));
        assertThat(CachedIntervals.read(run.cachedStats().get("avg_total_us"), SummaryStat.P95))
                .isEqualTo(Intervals.percentile(fresh, 95));
        assertThat(fresh.n()).isEqualTo(300);
    }

    @Test
    void statisticsOfAFinishedRunAreItsCachedOnesWhichEqualTheComputedOnes() {
        Run run = run("a", 300, 150, 1);
        Map<Metric, Map<String, Double>> computed = new java.util.LinkedHashMap<>();
        service.summaries(run.id()).forEach((m, summary) -> computed.put(m, summary.asMap()));
        Map<Metric, Map<String, Double>> statistics = service.statistics(run);
        assertThat(statistics).isEqualTo(computed);
        assertThat(statistics.keySet()).containsExactlyElementsOf(computed.keySet());
        assertThat(statistics.get(Metric.AVG_TOTAL_US).keySet()).containsExactlyElementsOf(SummaryStat.ids());
    }

    @Test
    void statisticsComeFromTheCacheWithoutReadingSamplesWhenItIsComplete() {
        Run run = run("a", 300, 150, 1);
        Map<String, Map<String, Double>> marked = new java.util.LinkedHashMap<>(run.cachedStats());
        Map<String, Double> avg = new java.util.LinkedHashMap<>(marked.get("avg_total_us"));
        avg.put("mean", 999.0);
        marked.put("avg_total_us", avg);
        store.updateCachedStats(run.id(), marked);
        assertThat(service.statistics(store.run(run.id())).get(Metric.AVG_TOTAL_US).get("mean")).isEqualTo(999.0);

        avg.remove("n_eff");
        store.updateCachedStats(run.id(), marked);
        Double computedMean = service.summaries(run.id()).get(Metric.AVG_TOTAL_US).mean();
        assertThat(service.statistics(store.run(run.id())).get(Metric.AVG_TOTAL_US).get("mean"))
                .as("a cache without n_eff is incomplete: computed from the samples").isEqualTo(computedMean);

        marked.remove("peak_total_us");
        store.updateCachedStats(run.id(), marked);
        assertThat(service.statistics(store.run(run.id()))).containsKey(Metric.PEAK_TOTAL_US);
    }

    @Test
    void statisticsOfARunningRunAreComputedFromItsSamples() {
        Run running = store.createRun(NewRun.named("live").withSource("test"));
        try (SampleWriter w = store.openWriter(running.id())) {
            for (int i = 0; i < 10; i++) {
                w.append(new Sample(i, 1_000_000L * i, BenchmarkFrame.compact(i, 150f + i, 70f, 0.75f, 300, 200, i, i,
                        Flags.of(1), 0)));
            }
        }
        Map<Metric, Map<String, Double>> statistics = service.statistics(store.run(running.id()));
        assertThat(statistics.get(Metric.AVG_TOTAL_US).get("n")).isEqualTo(10.0);
        assertThat(statistics.get(Metric.AVG_TOTAL_US).get("mean")).isEqualTo(154.5);
    }

    @Test
    void compareFindsAClearRegressionAndResolvesRunsByName() {
        Run a = run("base", 400, 150, 2);
        Run b = run("cand", 400, 180, 3);
        assertThat(service.resolve("cand").id()).isEqualTo(b.id());
        Comparison c = service.compare(a.id(), b.id(), CompareOptions.defaults());
        assertThat(c.metrics().get(0).metric()).isEqualTo(Metric.AVG_TOTAL_US);
        assertThat(c.metrics().get(0).verdict()).isEqualTo(Verdict.REGRESSED);
        assertThat(c.regressions()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aPooledBaselineIsEveryBaselineRunsSamplesTogether() {
        Run a1 = run("base-1", 200, 150, 4);
        Run a2 = run("base-2", 300, 150, 5);
        Run b = run("cand", 400, 165, 6);
        Comparison pooled = service.comparePooled(List.of(a1.id(), a2.id()), b.id(), CompareOptions.defaults());
        assertThat(pooled.metrics().get(0).metric()).isEqualTo(Metric.AVG_TOTAL_US);
        assertThat(pooled.metrics().get(0).a().n()).isEqualTo(500);
        assertThat(pooled.metrics().get(0).verdict()).isEqualTo(Verdict.REGRESSED);
        Comparison one = service.comparePooled(List.of(a1.id()), b.id(), CompareOptions.defaults());
        assertThat(one.metrics().get(0).a().n()).isEqualTo(200);
        assertThatThrownBy(() -> service.comparePooled(List.of(), b.id(), CompareOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exportedCsvImportsAsANewRunWithTheSameSamplesAndStatistics() throws Exception {
        Run a = run("orig", 120, 150, 4);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.export(a, SampleFormat.CSV, csv);
        ImportService importer = service.importer();
        Run copy = importer.importSamples(new ByteArrayInputStream(csv.toByteArray()), SampleFormat.CSV,
                new ImportService.Naming("copy", "file", Set.of("imported"), "import:orig.csv"));
        assertThat(copy.id()).isNotEqualTo(a.id());
        assertThat(copy.sampleCount()).isEqualTo(120);
        assertThat(copy.tags()).containsExactly("imported");
        assertThat(copy.cachedStats()).isEqualTo(store.run(a.id()).cachedStats());
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        service.export(copy, SampleFormat.CSV, again);
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(csv.toString(StandardCharsets.UTF_8));
    }

    @Test
    void exportOfARunningRunCountsWhatItWroteNotWhatTheRunSaidBefore() throws Exception {
        Run running = store.createRun(NewRun.named("growing").withSource("test"));
        long t0 = Sample.toMicros(Instant.parse("2026-11-26T10:00:00Z"));
        try (SampleWriter w = store.openWriter(running.id())) {
            for (int i = 0; i < 100; i++) {
                w.append(new Sample(i, t0 + i * 100_000L, BenchmarkFrame.compact(100L * i, 150f, 70f, 0.75f, 300, 200, 5L * i,
                        i, Flags.of(3), 0)));
            }
            w.flush();
            Run readBefore = service.find(running.id()).orElseThrow();
            for (int i = 100; i < 160; i++) {
                w.append(new Sample(i, t0 + i * 100_000L, BenchmarkFrame.compact(100L * i, 150f, 70f, 0.75f, 300, 200, 5L * i,
                        i, Flags.of(3), 0)));
            }
            w.flush();
            ByteArrayOutputStream csv = new ByteArrayOutputStream();
            assertThat(readBefore.sampleCount()).isEqualTo(100);
            assertThat(service.export(readBefore, SampleFormat.CSV, csv)).isEqualTo(160);
            assertThat(csv.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(161); // header + rows
        }
    }

    @Test
    void aBadLineFailsTheImportAndStoresNothing() throws Exception {
        Run a = run("orig", 50, 150, 5);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        service.export(a, SampleFormat.CSV, csv);
        String[] lines = csv.toString(StandardCharsets.UTF_8).split("\n");
        lines[1] = lines[1].replaceFirst("^(([^,]*,){2})[^,]*", "$1oops");
        String broken = String.join("\n", lines) + "\n";
        ImportService importer = service.importer();
        assertThatThrownBy(() -> importer.importSamples(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)),
                SampleFormat.CSV, new ImportService.Naming("copy", "f", Set.of(), "import")))
                .isInstanceOf(ImportException.class).hasMessageStartingWith("line 2: avg_total_us");
        assertThat(service.list(RunSelection.ALL)).extracting(Run::name).containsExactly("orig");
    }

    @Test
    void anOrphanedRunIsInterruptedWithItsStatisticsCached() {
        Path db = dir.resolve("orphan.db");
        RunStore first = RunStores.open(db.toString());
        Run run = first.createRun(NewRun.named("crashy"));
        try (SampleWriter w = first.openWriter(run.id())) {
            for (int i = 0; i < 30; i++) {
                w.append(new Sample(i, 1_000_000L * i, BenchmarkFrame.compact(i, 150f + i, 70f, 0.75f, 300, 200, i, i, Flags.of(1), 0)));
            }
        }
        first.close(); // the owner goes away without finishing the run
        try (RunStore second = RunStores.open(db.toString())) {
            RunService s = new RunService(second);
            assertThat(s.recoverOrphans()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(RunStatus.INTERRUPTED);
                assertThat(r.cachedStats().get("avg_total_us").get("n")).isEqualTo(30.0);
            });
            assertThat(s.recoverOrphans()).isEmpty();
        }
    }

    @Test
    void aRunFinishedWithoutItsStatisticsGetsThemAtTheNextStart() {
        Path db = dir.resolve("killed.db");
        Run run;
        try (RunStore first = RunStores.open(db.toString())) {
            run = first.createRun(NewRun.named("killed-after-finish"));
            try (SampleWriter w = first.openWriter(run.id())) {
                for (int i = 0; i < 20; i++) {
                    w.append(new Sample(i, 1_000_000L * i, BenchmarkFrame.compact(i, 150f + i, 70f, 0.75f, 300, 200, i, i,
                            Flags.of(1), 0)));
                }
            }
            // What a SIGKILL right after finishing leaves: COMPLETE, samples committed, no statistics.
            first.finishRun(run.id(), RunStatus.COMPLETE, null, Map.of(), Map.of());
            assertThat(first.run(run.id()).cachedStats()).isEmpty();
        }
        try (RunStore second = RunStores.open(db.toString())) {
            RunService s = new RunService(second);
            assertThat(second.finishedRunsWithoutStats()).containsExactly(run.id());
            assertThat(s.recoverOrphans()).isEmpty();
            assertThat(second.run(run.id()).cachedStats().get("avg_total_us").get("n")).isEqualTo(20.0);
            assertThat(second.finishedRunsWithoutStats()).isEmpty();
        }
    }

    @Test
    void samplesAfterPagesThroughEverySampleInOrderAndSampleAtFindsOne() {
        Run run = run("paged", 1000, 150, 6);
        List<Sample> all = new ArrayList<>();
        store.forEachSample(run.id(), all::add);
        List<Sample> paged = new ArrayList<>();
        long after = -1;
        while (true) {
            List<Sample> page = service.samplesAfter(run.id(), after, 97);
            assertThat(page.size()).isLessThanOrEqualTo(97);
            if (page.isEmpty()) {
                break;
            }
            paged.addAll(page);
            after = page.get(page.size() - 1).seq();
        }
        assertThat(paged).isEqualTo(all);
        assertThat(service.samplesAfter(run.id(), 998, 10)).extracting(Sample::seq).containsExactly(999L);
        assertThat(service.sampleAt(run.id(), 300)).contains(all.get(300));
        assertThat(service.sampleAt(run.id(), 1000)).isEmpty();
        assertThatThrownBy(() -> service.samplesAfter(run.id(), -1, 0))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
    }
}

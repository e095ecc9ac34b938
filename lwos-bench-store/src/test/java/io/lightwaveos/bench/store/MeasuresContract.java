package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link MeasureQueries} and measures carried by {@link RunLifecycle#importRun}: a run holds samples, measures or both. */
abstract class MeasuresContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    /** Values that a REAL column or a decimal text would not keep: -0.0, 2.0, extremes, a sum that is not 0.3. */
    private static final double[] AWKWARD = {-0.0, 2.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            0.1 + 0.2, 1e-300, 123456789.123456789, 0.0};

    @Test
    void measuresComeBackInTheirOrderWithEveryRepeatBitExact() {
        MeasureSet measures = MeasureSet.builder("native")
                .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
                .record("snr_db", new double[] {45.1, 45.3, 45.2}, "dB", Direction.HIGHER_IS_BETTER)
                .report("sample_rate_hz", 44100, "Hz")
                .report("buffer_size", 512, "")
                .add(Measure.of("jmh", "io.x.FrameDecodeBenchmark.flyweightCompact", "ns/op",
                        Direction.LOWER_IS_BETTER, AWKWARD))
                .add(Measure.of("hyperfine", "sleep 0.1; echo \"a:b\" — ünï", "s", null, 0.1012, 0.1009))
                .build();
        UUID id;
        try (RunStore store = stores.open()) {
            id = finishedRun(store, "with-measures");
            store.saveMeasures(id, measures);
        }
        try (RunStore store = stores.open()) {
            MeasureSet read = store.measures(id);
            assertThat(read).isEqualTo(measures);
            assertThat(read.measures()).extracting(m -> m.ref().toString()).containsExactly("native:latency_ms",
                    "native:snr_db", "native:sample_rate_hz", "native:buffer_size",
                    "jmh:io.x.FrameDecodeBenchmark.flyweightCompact", "hyperfine:sleep 0.1; echo \"a:b\" — ünï");
            double[] awkward = read.get("jmh", "io.x.FrameDecodeBenchmark.flyweightCompact").orElseThrow().values();
            for (int i = 0; i < AWKWARD.length; i++) {
                assertThat(Double.doubleToRawLongBits(awkward[i])).as("repeat %d", i)
                        .isEqualTo(Double.doubleToRawLongBits(AWKWARD[i]));
            }
            assertThat(read.get("native", "sample_rate_hz").orElseThrow().direction()).isEmpty();
            assertThat(read.get("native", "buffer_size").orElseThrow().unit()).isEmpty();
        }
    }

    @Test
    void aRunWithoutMeasuresHasAnEmptySetAndAnUnknownRunIsNotFound() {
        try (RunStore store = stores.open()) {
            UUID id = finishedRun(store, "frames-only");
            assertThat(store.measures(id)).isEqualTo(MeasureSet.empty());
            UUID unknown = UUID.randomUUID();
            assertThatThrownBy(() -> store.measures(unknown))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND);
            assertThatThrownBy(() -> store.saveMeasures(unknown, one("native", "latency_ms", 1.0)))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND);
        }
    }

    @Test
    void laterSavesFollowTheRunsMeasuresAndADuplicateRefusesTheWholeSet() {
        try (RunStore store = stores.open()) {
            UUID id = finishedRun(store, "twice");
            store.saveMeasures(id, one("native", "latency_ms", 8.4));
            store.saveMeasures(id, one("device", "latency_ms", 9.1));
            MeasureSet clash = MeasureSet.builder("device")
                    .record("device_fps", 119.8, "fps", Direction.HIGHER_IS_BETTER)
                    .record("latency_ms", 9.2, "ms", Direction.LOWER_IS_BETTER)
                    .build();
            assertThatThrownBy(() -> store.saveMeasures(id, clash))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT)
                    .hasMessageContaining("device:latency_ms").hasMessageContaining("nothing was added");
            assertThat(store.measures(id).measures()).extracting(m -> m.ref().toString())
                    .containsExactly("native:latency_ms", "device:latency_ms");
            store.saveMeasures(id, MeasureSet.empty());
            assertThat(store.measures(id).size()).isEqualTo(2);
        }
    }

    @Test
    void aRunMayHoldOnlyMeasuresAndIsThenNotShort() {
        MeasureSet measures = one("jmh", "decode", 41.5, 41.7, 41.2);
        try (RunStore store = stores.open()) {
            Run stored = store.importRun(run("jmh-import", RunCounters.ZERO), List.of(), Collections.emptyIterator(),
                    measures);
            assertThat(stored.sampleCount()).isZero();
            assertThat(stored.quality()).isEqualTo(RunQuality.CLEAN);
            assertThat(store.measures(stored.id())).isEqualTo(measures);

            Run empty = store.importRun(run("nothing", RunCounters.ZERO), List.of(), Collections.emptyIterator());
            assertThat(empty.quality()).as("no samples and no measures: short as before")
                    .isEqualTo(RunQuality.of(QualityReason.SHORT));
            Run gappy = store.importRun(run("gappy", new RunCounters(0, Map.of(), 2, 3, 0, 0)), List.of(),
                    Collections.emptyIterator(), measures);
            assertThat(gappy.quality()).isEqualTo(RunQuality.of(QualityReason.GAPS));
        }
    }

    @Test
    void aRunMayHoldSamplesAndMeasuresImportedInOneTransaction() {
        List<Sample> samples = TestSamples.synthetic(3, 0, 500, 0);
        MeasureSet measures = one("harness", "boot_ms", 412.0);
        try (RunStore store = stores.open()) {
            Run stored = store.importRun(run("both", RunCounters.ZERO), List.of(), samples.iterator(), measures);
            assertThat(stored.sampleCount()).isEqualTo(500);
            assertThat(store.measures(stored.id())).isEqualTo(measures);
            assertThat(stored.quality().reasons()).as("a run with samples is assessed on them").contains(QualityReason.SHORT);
        }
    }

    @Test
    void aFailedImportStoresNeitherItsSamplesNorItsMeasures() {
        Run run = run("broken", RunCounters.ZERO);
        Iterator<Sample> failing = new Iterator<>() {
            private final Iterator<Sample> samples = TestSamples.synthetic(1, 0, 300, 0).iterator();

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Sample next() {
                if (!samples.hasNext()) {
                    throw new IllegalStateException("the file ends in the middle of a sample");
                }
                return samples.next();
            }
        };
        try (RunStore store = stores.open()) {
            assertThatThrownBy(() -> store.importRun(run, List.of(), failing, one("native", "latency_ms", 8.4)))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(store.findRun(run.id())).isEmpty();
        }
        assertThat(stores.queryLong("SELECT count(*) FROM run_measures")).isZero();
    }

    @Test
    void aRunningRunTakesMeasuresAndKeepsThemWhenFinished() {
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("live")).id();
            store.saveMeasures(id, one("device", "free_heap_min_bytes", 183204));
            store.finishRun(id, RunStatus.COMPLETE, null, null, null);
            assertThat(store.measures(id)).isEqualTo(one("device", "free_heap_min_bytes", 183204));
            assertThat(store.run(id).quality()).as("no samples, measures only").isEqualTo(RunQuality.CLEAN);
        }
    }

    @Test
    void historyListsTheRunsHoldingAMeasureNewestFirstWithTheFilterAndItsLimit() {
        List<UUID> ids = new ArrayList<>();
        try (RunStore store = stores.open()) {
            for (int i = 0; i < 5; i++) {
                Run r = store.createRun(NewRun.named("native-" + i).withStartedAt(T0.plusSeconds(60L * i))
                        .withContext(RunContext.EMPTY.withRig(i % 2 == 0 ? "even" : "odd")));
                store.finishRun(r.id(), RunStatus.COMPLETE, null, null, null);
                if (i != 3) {
                    store.saveMeasures(r.id(), MeasureSet.builder("native")
                            .record("latency_ms", new double[] {8.0 + i, 8.5 + i}, "ms", Direction.LOWER_IS_BETTER)
                            .build());
                }
                ids.add(r.id());
            }
            List<RunMeasure> all = store.measureHistory(RunFilter.ALL, MeasureRef.parse("latency_ms"));
            assertThat(all).extracting(RunMeasure::name).containsExactly("native-4", "native-2", "native-1", "native-0");
            RunMeasure newest = all.get(0);
            assertThat(newest.id()).isEqualTo(ids.get(4));
            assertThat(newest.startedAt()).isEqualTo(T0.plusSeconds(240));
            assertThat(newest.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(newest.context().rig()).isEqualTo("even");
            assertThat(newest.quality()).isEqualTo(RunQuality.CLEAN);
            assertThat(newest.measure()).isEqualTo(Measure.of("native", "latency_ms", "ms", Direction.LOWER_IS_BETTER,
                    12.0, 12.5));

            assertThat(store.measureHistory(RunFilter.ALL.withRig("even").withLimit(2),
                    MeasureRef.parse("native:latency_ms"))).extracting(RunMeasure::name)
                    .containsExactly("native-4", "native-2");
            assertThat(store.measureHistory(RunFilter.ALL, MeasureRef.parse("snr_db"))).isEmpty();
            assertThat(store.measureHistory(RunFilter.ALL, MeasureRef.parse("jmh:latency_ms"))).isEmpty();

            store.saveMeasures(ids.get(3), one("jmh", "latency_ms", 3.0));
            assertThatThrownBy(() -> store.measureHistory(RunFilter.ALL, MeasureRef.parse("latency_ms")))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.AMBIGUOUS)
                    .hasMessageContaining("[jmh:latency_ms, native:latency_ms]");
            assertThat(store.measureHistory(RunFilter.ALL.withRig("even"), MeasureRef.parse("latency_ms")))
                    .as("only one suite holds it among the even runs").hasSize(3);
            assertThat(store.measureHistory(RunFilter.ALL, MeasureRef.parse("jmh:latency_ms")))
                    .extracting(RunMeasure::name).containsExactly("native-3");
        }
    }

    @Test
    void measureCountsFollowTheFilterAndLeaveOutRunsWithoutMeasures() {
        try (RunStore store = stores.open()) {
            UUID frames = finishedRun(store, "frames");
            UUID three = finishedRun(store, "three");
            store.saveMeasures(three, MeasureSet.builder("native").report("a", 1, "").report("b", 2, "")
                    .report("c", 3, "").build());
            UUID one = store.importRun(run("one", RunCounters.ZERO), List.of(), Collections.emptyIterator(),
                    one("jmh", "x", 1.0)).id();
            assertThat(store.measureCounts(RunFilter.ALL)).containsOnly(Map.entry(three, 3), Map.entry(one, 1))
                    .doesNotContainKey(frames);
            assertThat(store.measureCounts(RunFilter.ALL.withNameContains("thr"))).containsOnly(Map.entry(three, 3));
        }
    }

    @Test
    void twoStoresSavingToOneRunAtOnceTakeTurns() throws Exception {
        UUID id;
        try (RunStore store = stores.open()) {
            id = finishedRun(store, "shared");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (RunStore a = stores.open(); RunStore b = stores.open()) {
            CountDownLatch start = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> {
                start.await();
                a.saveMeasures(id, MeasureSet.builder("a").report("x", 1, "").report("y", 2, "").build());
                return null;
            });
            Future<?> second = pool.submit(() -> {
                start.await();
                b.saveMeasures(id, MeasureSet.builder("b").report("x", 1, "").report("y", 2, "").build());
                return null;
            });
            start.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
            MeasureSet both = a.measures(id);
            assertThat(both.size()).isEqualTo(4);
            assertThat(both.get("a", "y")).isPresent();
            assertThat(both.get("b", "y")).isPresent();

            CountDownLatch again = new CountDownLatch(1);
            List<Future<?>> same = new ArrayList<>();
            for (RunStore s : List.of(a, b)) {
                same.add(pool.submit(() -> {
                    again.await();
                    s.saveMeasures(id, one("c", "same", 1.0));
                    return null;
                }));
            }
            again.countDown();
            int conflicts = 0;
            for (Future<?> f : same) {
                try {
                    f.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);
                    conflicts++;
                }
            }
            assertThat(conflicts).isEqualTo(1);
            assertThat(a.measures(id).size()).isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
    }

    private static MeasureSet one(String suite, String name, double... values) {
        return MeasureSet.of(List.of(Measure.of(suite, name, "", Direction.LOWER_IS_BETTER, values)));
    }

    private static UUID finishedRun(RunStore store, String name) {
        UUID id = store.createRun(NewRun.named(name)).id();
        store.finishRun(id, RunStatus.COMPLETE, null, null, null);
        return id;
    }

    private static Run run(String name, RunCounters counters) {
        return new Run(UUID.randomUUID(), name, "", java.util.Set.of(), "import:" + name + ".json", T0, T0.plusSeconds(1),
                RunStatus.COMPLETE, 0, counters, Map.of(), Map.of(), RunContext.EMPTY, RunQuality.CLEAN);
    }
}

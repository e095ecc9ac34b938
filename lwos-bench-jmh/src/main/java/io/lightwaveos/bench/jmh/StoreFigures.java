package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.history.History;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.web.XAxis;
import io.lightwaveos.bench.web.data.StoreDashboardData;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Store figures on either store, as a script (not JMH: a PostgreSQL server is not something a fork
 * can own): the insert rate of 1M samples through a {@link SampleWriter} (three runs, the first one
 * cold), then the best of ten reads of one metric column of the 1M-sample run, and the best of ten
 * of the series endpoint's work (two metrics downsampled to 2000 points); then the best of ten
 * history computations over RUNS (default 1,000) small finished runs.
 *
 * <pre>
 * java -cp lwos-bench-jmh/target/benchmarks.jar io.lightwaveos.bench.jmh.StoreFigures LOCATION [SAMPLES [RUNS]]
 * </pre>
 * LOCATION is an SQLite file or a {@code postgresql://} URL (password from PGPASSWORD); the runs it
 * writes are deleted again.
 */
public final class StoreFigures {

    private StoreFigures() {
    }

    /** Prints the figures for the store at {@code args[0]}. */
    public static void main(String[] args) {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        try (RunStore store = RunStores.open(args[0])) {
            SplittableRandom r = new SplittableRandom(1);
            Sample[] samples = new Sample[n];
            long t0 = 1_736_937_000_000_000L;
            for (int i = 0; i < n; i++) {
                float avg = 120f + (float) r.nextDouble() * 60f;
                samples[i] = new Sample(i, t0 + 100L * i, BenchmarkFrame.compact(100L * i, avg, avg / 2.1f, avg / 200f,
                        r.nextInt(65536), r.nextInt(65536), 5L * i, i & 0xFFFF, Flags.of(3), 0));
            }
            for (int round = 0; round < 3; round++) {
                Run run = store.createRun(NewRun.named("figures-" + round));
                long start = System.nanoTime();
                try (SampleWriter w = store.openWriter(run.id())) {
                    for (Sample s : samples) {
                        w.append(s);
                    }
                }
                double secs = (System.nanoTime() - start) / 1e9;
                System.out.printf("insert %d samples: %.2f s, %.0f samples/s%n", n, secs, n / secs);
                store.finishRun(run.id(), RunStatus.COMPLETE, null, null, null);
                if (round < 2) {
                    store.deleteRun(run.id());
                }
            }
            UUID id = store.resolve("figures-2").id();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 10; i++) {
                long s = System.nanoTime();
                int size = store.column(id, Metric.AVG_TOTAL_US).size();
                best = Math.min(best, System.nanoTime() - s);
                if (size != n) throw new IllegalStateException("column size " + size);
            }
            System.out.printf("one column of %d samples: best %.0f ms%n", n, best / 1e6);
            StoreDashboardData data = new StoreDashboardData(new RunService(store));
            best = Long.MAX_VALUE;
            for (int i = 0; i < 10; i++) {
                long s = System.nanoTime();
                data.series(data.resolve(id.toString()), List.of(Metric.AVG_TOTAL_US, Metric.CPU_LOAD_PERCENT), XAxis.TIME, 2000);
                best = Math.min(best, System.nanoTime() - s);
            }
            System.out.printf("series endpoint work (2 metrics, 2000 points) on %d samples: best %.0f ms%n", n, best / 1e6);
            best = Long.MAX_VALUE;
            for (int i = 0; i < 10; i++) {
                long s = System.nanoTime();
                store.column(id, Metric.AVG_TOTAL_US);
                best = Math.min(best, System.nanoTime() - s);
            }
            System.out.printf("one column again, after warm-up: best %.0f ms%n", best / 1e6);
            store.deleteRun(id);
            history(store, args.length > 2 ? Integer.parseInt(args[2]) : 1_000);
        }
    }

    /**
     * The history query (SPEC §11) over {@code runs} finished runs of 100 samples each, their
     * statistics cached as collect caches them: best of ten whole {@code history} computations
     * (store read, intervals, change points), the runs deleted again.
     */
    private static void history(RunStore store, int runs) {
        RunService service = new RunService(store);
        SplittableRandom r = new SplittableRandom(2);
        List<UUID> ids = new java.util.ArrayList<>();
        long t0 = 1_736_937_000_000_000L;
        for (int k = 0; k < runs; k++) {
            Run run = service.create(io.lightwaveos.bench.service.RunStart.named("history-" + k).withStartedAt(java.time.Instant.ofEpochSecond(1_736_937_000L + 600L * k)));
            float mean = k < runs / 2 ? 150f : 160f;
            try (SampleWriter w = service.openWriter(run.id())) {
                for (int i = 0; i < 100; i++) {
                    float avg = mean + (float) r.nextGaussian() * 3f;
                    w.append(new Sample(i, t0 + 100_000L * i, BenchmarkFrame.compact(100L * i, avg, avg / 2.1f, avg / 200f,
                            200, 100, 5L * i, i, Flags.of(3), 0)));
                }
            }
            service.finish(run.id(), RunStatus.COMPLETE, null, java.util.Map.of());
            ids.add(run.id());
        }
        HistoryQuery query = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, null, null, null, null, runs, false,
                null);
        long best = Long.MAX_VALUE;
        int points = 0;
        for (int i = 0; i < 10; i++) {
            long s = System.nanoTime();
            History h = service.histories().history(query);
            best = Math.min(best, System.nanoTime() - s);
            points = h.points().size();
        }
        if (points != runs) {
            throw new IllegalStateException("history has " + points + " points, expected " + runs);
        }
        System.out.printf("history of %d runs (avg_total_us mean, change points included): best %.0f ms%n", runs,
                best / 1e6);
        best = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            long s = System.nanoTime();
            store.metricStats(io.lightwaveos.bench.store.RunFilter.ALL.withLimit(runs), Metric.AVG_TOTAL_US.id());
            best = Math.min(best, System.nanoTime() - s);
        }
        System.out.printf("of which the store's read of the %d runs' cached statistics: best %.0f ms%n", runs, best / 1e6);
        ids.forEach(store::deleteRun);
    }
}

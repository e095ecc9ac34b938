package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import io.lightwaveos.bench.web.DashboardOptions;
import io.lightwaveos.bench.web.DashboardServer;
import io.lightwaveos.bench.web.data.StoreDashboardData;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code GET /api/runs/{ref}/series?max_points=2000} on a 1M-sample run, over real HTTP on
 * loopback against the real dashboard server and SQLite store (SPEC §9: ≤ 150 ms median). Sample
 * mode reports the median (p0.50) with the other percentiles.
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar SeriesEndpointBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class SeriesEndpointBenchmark {

    @Param({"1000000"})
    public int samples;

    @Param({"2000"})
    public int maxPoints;

    private Path dir;
    private RunStore store;
    private DashboardServer server;
    private HttpClient client;
    private HttpRequest allMetrics;
    private HttpRequest oneMetric;

    @Setup(Level.Trial)
    public void setUp() {
        dir = StoreData.tempDir();
        store = SqliteRunStore.open(dir.resolve("series.db"));
        RunService runs = new RunService(store);
        Run run = store.createRun(NewRun.named("series-1m"));
        try (SampleWriter w = store.openWriter(run.id())) {
            for (Sample s : StoreData.samples(samples, 10)) {
                w.append(s);
            }
        }
        runs.finish(run.id(), RunStatus.COMPLETE, null, Map.of());
        server = new DashboardServer(new StoreDashboardData(runs), DashboardOptions.defaults().withPort(0)).start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + server.port() + "/api/runs/" + run.id() + "/series?max_points=" + maxPoints;
        allMetrics = HttpRequest.newBuilder(URI.create(base)).build();
        oneMetric = HttpRequest.newBuilder(URI.create(base + "&metrics=avg_total_us")).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
        store.close();
        StoreData.deleteTree(dir);
    }

    /** Every metric's series (the run view's request): seven columns read, seven LTTB passes. */
    @Benchmark
    public int seriesAllMetrics() throws IOException, InterruptedException {
        return get(allMetrics);
    }

    /** One metric's series. */
    @Benchmark
    public int seriesOneMetric() throws IOException, InterruptedException {
        return get(oneMetric);
    }

    private int get(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("expected 200, got " + r.statusCode() + ": " + new String(r.body()));
        }
        return r.body().length;
    }
}

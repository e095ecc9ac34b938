package io.lightwaveos.bench.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.web.fixture.FixtureData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Live push over server-sent events: several watchers, a concurrent writer, resumption, the end. */
class LivePushTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newHttpClient();
    private FixtureData data;
    private DashboardServer server;

    @BeforeEach
    void start() {
        data = new FixtureData(100);
        server = new DashboardServer(data, ApiTestSupport.OPTIONS).start();
    }

    @AfterEach
    void stop() {
        server.close();
        data.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private SseReader watch(String path) {
        return new SseReader(http, uri(path), null);
    }

    /** Reads samples events until {@code end}; returns every seq received, in order, then the end data last. */
    private static List<Long> readUntilEnd(SseReader reader, JsonNode[] end) throws InterruptedException {
        List<Long> seqs = new ArrayList<>();
        while (true) {
            SseReader.Event e = reader.next(WAIT);
            if (e.name().equals("end")) {
                end[0] = e.data();
                return seqs;
            }
            assertThat(e.name()).isEqualTo("samples");
            JsonNode d = e.data();
            int n = d.get("seq").size();
            assertThat(d.get("received_at_us").size()).isEqualTo(n);
            for (Metric m : Metric.all()) {
                assertThat(d.get("values").get(m.id()).size()).as(m.id()).isEqualTo(n);
            }
            d.get("seq").forEach(s -> seqs.add(s.asLong()));
            assertThat(e.id()).isEqualTo(Long.toString(seqs.get(seqs.size() - 1)));
        }
    }

    @Test
    void everyWatcherSeesEverySampleWhileAWriterAppends() throws Exception {
        List<SseReader> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            readers.add(watch("/api/runs/live-capture/live?after=99"));
        }
        for (SseReader r : readers) {
            SseReader.Event hello = r.next(WAIT);
            assertThat(hello.name()).isEqualTo("hello");
            assertThat(hello.data().get("after").asLong()).isEqualTo(99);
            assertThat(hello.data().get("run").get("status").asText()).isEqualTo("RUNNING");
        }
        assertThat(server.liveClients()).isEqualTo(4);

        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    data.appendLive(7);
                    Thread.sleep(15);
                }
                data.finishLive(RunStatus.COMPLETE);
                return null;
            });
            List<Future<List<Long>>> seen = new ArrayList<>();
            JsonNode[][] ends = new JsonNode[4][1];
            for (int i = 0; i < 4; i++) {
                SseReader r = readers.get(i);
                JsonNode[] end = ends[i];
                seen.add(pool.submit(() -> readUntilEnd(r, end)));
            }
            writer.get();
            List<Long> expected = new ArrayList<>();
            for (long s = 100; s < 240; s++) {
                expected.add(s);
            }
            for (int i = 0; i < 4; i++) {
                assertThat(seen.get(i).get()).as("client " + i).containsExactlyElementsOf(expected);
                assertThat(ends[i][0].get("status").asText()).isEqualTo("COMPLETE");
                assertThat(ends[i][0].get("sample_count").asLong()).isEqualTo(240);
            }
        } finally {
            pool.shutdownNow();
            readers.forEach(SseReader::close);
        }
    }

    @Test
    void withoutAfterTheStreamStartsAtTheNextSample() throws Exception {
        try (SseReader r = watch("/api/runs/11fe0000/live")) {
            assertThat(r.next(WAIT).data().get("after").asLong()).isEqualTo(99);
            data.appendLive(5);
            SseReader.Event e = r.next(WAIT);
            assertThat(e.name()).isEqualTo("samples");
            assertThat(e.data().get("seq").get(0).asLong()).isEqualTo(100);
            JsonNode values = e.data().get("values");
            assertThat(values.get("avg_total_us").get(0).isNumber()).isTrue();
            // seq 100 is extended in the fixture (every 10th), 101 is compact: extended-only metrics are null there.
            assertThat(values.get("avg_chroma_us").get(0).isNumber()).isTrue();
            assertThat(values.get("avg_chroma_us").get(1).isNull()).isTrue();
        }
    }

    @Test
    void aReconnectingBrowserResumesAfterItsLastEventId() throws Exception {
        try (SseReader r = new SseReader(http, uri("/api/runs/live-capture/live"), "90")) {
            assertThat(r.next(WAIT).data().get("after").asLong()).isEqualTo(90);
            SseReader.Event e = r.next(WAIT);
            assertThat(e.data().get("seq").get(0).asLong()).isEqualTo(91);
            assertThat(e.data().get("last_seq").asLong()).isEqualTo(99);
        }
    }

    @Test
    void aFinishedRunEndsTheStreamRightAway() throws Exception {
        try (SseReader r = watch("/api/runs/baseline-v1.4/live")) {
            assertThat(r.next(WAIT).name()).isEqualTo("hello");
            SseReader.Event end = r.next(WAIT);
            assertThat(end.name()).isEqualTo("end");
            assertThat(end.data().get("status").asText()).isEqualTo("COMPLETE");
        }
    }

    @Test
    void clientsThatGoAwayAreDropped() throws Exception {
        SseReader r = watch("/api/runs/live-capture/live");
        r.next(WAIT);
        assertThat(server.liveClients()).isEqualTo(1);
        r.close();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (server.liveClients() > 0 && System.nanoTime() < deadline) {
            data.appendLive(50);
            Thread.sleep(100);
        }
        assertThat(server.liveClients()).isZero();
    }

    @Test
    void badStreamRequestsGetJsonErrorsBeforeAnyStream() throws Exception {
        HttpResponse<String> noAccept = http.send(HttpRequest.newBuilder(uri("/api/runs/live-capture/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noAccept.statusCode()).isEqualTo(406);
        assertThat(noAccept.body()).contains("text/event-stream", "\"status\":406");
        try (SseReader unknown = watch("/api/runs/nope/live")) {
            assertThat(unknown.status()).isEqualTo(404);
        }
        try (SseReader bad = new SseReader(http, uri("/api/runs/live-capture/live"), "abc")) {
            assertThat(bad.status()).isEqualTo(400);
        }
        assertThat(server.liveClients()).isZero();
    }
}

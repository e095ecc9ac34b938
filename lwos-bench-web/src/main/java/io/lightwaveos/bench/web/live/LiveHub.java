package io.lightwaveos.bench.web.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.RunReferenceException;
import io.lightwaveos.bench.web.DashboardData;
import io.lightwaveos.bench.web.LiveBatch;
import io.lightwaveos.bench.web.ResolvedRun;
import io.lightwaveos.bench.web.api.ApiJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes new samples of watched runs to their SSE clients.
 *
 * <p>The writer is usually another process (the CLI's {@code collect}), so there is nothing to be
 * notified by: one thread polls the data side for each watched run every poll interval, once per
 * run however many clients watch it, and hands each client the samples after its own cursor. A
 * sample therefore reaches every client within one poll interval plus the store's commit delay.
 * When a run is no longer RUNNING and its last samples are delivered, clients get {@code end} and
 * are closed.
 *
 * <p>Events: {@code hello} (run header, cursor, metrics), {@code samples} (see
 * {@link ApiJson#liveSamples}), {@code end} (final status).
 */
public final class LiveHub implements AutoCloseable {

    /** Most samples read per run and poll; a client far behind catches up over several polls. */
    static final int BATCH_LIMIT = 5000;
    private static final long PING_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

    private final DashboardData data;
    private final ObjectMapper mapper;
    private final Duration pollInterval;
    private final Map<UUID, Set<LiveClient>> watchers = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    private volatile boolean closed;

    /**
     * @param data         where samples come from
     * @param mapper       serialises event data
     * @param pollInterval how often watched runs are polled (the push latency bound)
     */
    public LiveHub(DashboardData data, ObjectMapper mapper, Duration pollInterval) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive, got " + pollInterval);
        }
        this.data = data;
        this.mapper = mapper;
        this.pollInterval = pollInterval;
    }

    /** Starts polling. */
    public synchronized void start() {
        if (poller != null) {
            return;
        }
        closed = false;
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lwos-bench-live");
            t.setDaemon(true);
            return t;
        });
        long ms = pollInterval.toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, ms, ms, TimeUnit.MILLISECONDS);
    }

    /**
     * Registers a connected SSE client for {@code run}, starting after {@code afterSeq}, and keeps
     * the connection open.
     */
    public void attach(SseClient sse, ResolvedRun run, long afterSeq) {
        LiveClient client = new LiveClient(sse, run.id(), afterSeq);
        sse.keepAlive();
        sse.onClose(() -> detach(client));
        // Registered before hello so it counts at once; the poller skips it until hello is out,
        // which keeps hello the first event the browser sees.
        watchers.computeIfAbsent(run.id(), id -> ConcurrentHashMap.newKeySet()).add(client);
        // The counters as of hello: later changes are sent even while no sample comes (a reconnect).
        RunCounters counters;
        try {
            counters = data.samplesAfter(run.id(), Long.MAX_VALUE - 1, 1).counters();
        } catch (RunReferenceException e) {
            counters = RunCounters.ZERO; // deleted meanwhile: the first poll ends the stream
        }
        client.sentCounters(counters);
        client.send("hello", json(ApiJson.liveHello(run, afterSeq, counters)), afterSeq);
        client.markReady();
        if (closed) {
            client.close();
        }
    }

    /** Clients currently connected (all runs). */
    public int clientCount() {
        return watchers.values().stream().mapToInt(Set::size).sum();
    }

    /** Stops polling and closes every client. */
    @Override
    public synchronized void close() {
        closed = true;
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        watchers.values().forEach(set -> set.forEach(LiveClient::close));
        watchers.clear();
    }

    private void detach(LiveClient client) {
        watchers.computeIfPresent(client.runId(), (id, set) -> {
            set.remove(client);
            return set.isEmpty() ? null : set;
        });
    }

    private void pollSafely() {
        for (Map.Entry<UUID, Set<LiveClient>> entry : watchers.entrySet()) {
            try {
                poll(entry.getKey(), entry.getValue());
            } catch (RuntimeException e) {
                // A failing read (database busy, locked) is retried on the next poll.
                LOG.warn("live poll of run {} failed: {}", entry.getKey(), e.toString());
            }
        }
    }

    private void poll(UUID runId, Set<LiveClient> clients) {
        clients.removeIf(LiveClient::closed);
        if (clients.isEmpty()) {
            watchers.remove(runId, clients);
            return;
        }
        long from = Long.MAX_VALUE;
        for (LiveClient c : clients) {
            from = Math.min(from, c.cursor());
        }
        LiveBatch batch;
        try {
            batch = data.samplesAfter(runId, from, BATCH_LIMIT);
        } catch (RunReferenceException e) {
            String end = json(ApiJson.liveEnd(null, null, e.getMessage()));
            clients.forEach(c -> finish(c, end));
            return;
        }
        List<Sample> samples = batch.samples();
        for (LiveClient c : clients) {
            if (!c.ready()) {
                continue;
            }
            List<Sample> slice = after(samples, c.cursor());
            if (!slice.isEmpty()) {
                long last = slice.get(slice.size() - 1).seq();
                c.send("samples", json(ApiJson.liveSamples(batch, slice)), last);
                c.sentCounters(batch.counters());
            } else if (!batch.counters().equals(c.counters())) {
                // A reconnect or a gap is news even when no sample comes with it.
                c.send("counters", json(ApiJson.liveCounters(batch)), c.cursor());
                c.sentCounters(batch.counters());
            } else if (System.nanoTime() - c.lastSentNanos() > PING_NANOS) {
                c.ping();
            }
        }
        if (batch.status() != RunStatus.RUNNING && samples.size() < BATCH_LIMIT) {
            String end = json(ApiJson.liveEnd(batch.status(), batch.sampleCount(), null));
            clients.stream().filter(LiveClient::ready).forEach(c -> finish(c, end));
        }
    }

    private static void finish(LiveClient c, String endJson) {
        c.send("end", endJson, c.cursor());
        c.close();
    }

    /** The samples with seq greater than {@code cursor} (samples are in ascending seq order). */
    private static List<Sample> after(List<Sample> samples, long cursor) {
        int lo = 0;
        int hi = samples.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (samples.get(mid).seq() <= cursor) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return samples.subList(lo, samples.size());
    }

    private String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }
}

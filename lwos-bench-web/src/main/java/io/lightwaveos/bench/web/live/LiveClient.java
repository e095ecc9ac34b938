package io.lightwaveos.bench.web.live;

import io.javalin.http.sse.SseClient;
import io.lightwaveos.bench.run.RunCounters;
import java.util.UUID;

/** One browser watching one run: its SSE connection and the seq of the last sample it was sent. */
final class LiveClient {

    private final SseClient sse;
    private final UUID runId;
    private volatile long cursor;
    private volatile long lastSentNanos;
    private volatile boolean ready;
    private volatile RunCounters counters;

    LiveClient(SseClient sse, UUID runId, long cursor) {
        this.sse = sse;
        this.runId = runId;
        this.cursor = cursor;
        this.lastSentNanos = System.nanoTime();
    }

    UUID runId() {
        return runId;
    }

    /** Whether the hello event is out and samples may follow. */
    boolean ready() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    long cursor() {
        return cursor;
    }

    /** The counters this client was last sent, null before the first batch. */
    RunCounters counters() {
        return counters;
    }

    void sentCounters(RunCounters sent) {
        counters = sent;
    }

    long lastSentNanos() {
        return lastSentNanos;
    }

    boolean closed() {
        return sse.terminated();
    }

    /**
     * Sends one event; the SSE id is the new cursor, so a reconnecting EventSource resumes after it
     * through {@code Last-Event-ID}.
     */
    void send(String event, String json, long newCursor) {
        sse.sendEvent(event, json, Long.toString(newCursor));
        cursor = newCursor;
        lastSentNanos = System.nanoTime();
    }

    /** A comment line: keeps proxies from timing out and detects clients that went away. */
    void ping() {
        sse.sendComment("ping");
        lastSentNanos = System.nanoTime();
    }

    void close() {
        sse.close();
    }
}

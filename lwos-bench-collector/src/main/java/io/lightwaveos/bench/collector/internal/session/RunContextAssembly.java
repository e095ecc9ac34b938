package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.internal.http.DeviceInfoResult;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.Workload;

/**
 * Puts a run's context together from what the configuration says and what the device tells (its
 * HTTP device info, its WebSocket context replies, the workload it renders), and hands it to the
 * sink thread whenever it changed. The configured context wins over the observed one, field by
 * field. Session thread only.
 */
final class RunContextAssembly {

    private final CollectorConfig config;
    private final HandOffQueue queue;
    private final SessionEvents events;

    private DeviceInfo httpDevice = DeviceInfo.EMPTY;
    private String hostname;
    private DeviceInfo wsDevice = DeviceInfo.EMPTY;
    private Workload initialWorkload;
    private Workload currentWorkload;
    private RunContext emitted;

    RunContextAssembly(CollectorConfig config, HandOffQueue queue, SessionEvents events) {
        this.config = config;
        this.queue = queue;
        this.events = events;
    }

    /** The answer to the HTTP device-info request (or why there is none). */
    void onDeviceInfo(DeviceInfoResult result) {
        if (!result.succeeded()) {
            events.record(EventType.CONTEXT, "device info unavailable: " + result.failure());
            return;
        }
        httpDevice = result.device();
        hostname = result.hostname();
        emit();
    }

    /** The context exchange took a reply: keep what it learnt, note what the device refused. */
    void onContextReply(ContextExchange exchange) {
        for (String refusal : exchange.takeRefusals()) {
            events.record(EventType.CONTEXT, "the device refused " + refusal + "; those context fields stay unknown");
        }
        wsDevice = wsDevice.orElse(exchange.device());
        if (exchange.workload() != null) {
            onWorkload(exchange.workload());
        }
        emit();
    }

    /** The workload the device renders now: the first one is the run's, a different effect later is an event. */
    void onWorkload(Workload now) {
        if (initialWorkload == null) {
            initialWorkload = now;
            currentWorkload = now;
            emit();
            return;
        }
        if (currentWorkload.differsInEffectFrom(now)) {
            events.record(EventType.WORKLOAD_CHANGED, label(currentWorkload) + " → " + label(now));
        }
        currentWorkload = now;
    }

    /** Hands the context on if it changed since it was last handed on. */
    void emit() {
        RunContext now = current();
        if (!now.equals(emitted)) {
            emitted = now;
            queue.add(now);
            queue.flush();
        }
    }

    /** The context last handed on ({@code null} before the first). */
    RunContext emitted() {
        return emitted;
    }

    /** The context so far: the configured one over what the device said. */
    private RunContext current() {
        String rig = hostname != null ? hostname : config.host();
        RunContext observed = new RunContext(rig, httpDevice.orElse(wsDevice), initialWorkload, null, null, null);
        return config.context().orElse(observed);
    }

    private static String label(Workload w) {
        String label = w.effectLabel();
        return label == null ? "unknown effect" : label;
    }
}

package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the device who it is and what it renders, beside the subscribe: {@code device.getInfo},
 * {@code device.getStatus} and {@code getStatus}, each with its own request id (on a reconnect only
 * {@code getStatus}, to see whether the workload changed while we were away). Only replies echoing
 * one of those ids are its own. A request the device answers with an error, or not at all, leaves
 * its fields unknown; the session records why.
 */
public final class ContextExchange {

    /** What one reply meant to this exchange. */
    public enum Outcome {
        /** Not a reply to this exchange. */
        IGNORED,
        /** A reply to one of its requests (answered or refused). */
        CONSUMED
    }

    /** Request id → command type, of the requests still unanswered. */
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final List<String> refusals = new ArrayList<>();
    private DeviceInfo device = DeviceInfo.EMPTY;
    private Workload workload;

    /**
     * @param workloadOnly only {@code getStatus} (a reconnect), not the device's facts
     * @param commands     the source of request ids
     */
    public ContextExchange(boolean workloadOnly, Commands commands) {
        if (!workloadOnly) {
            pending.put(commands.nextRequestId(), DeviceProtocol.GET_DEVICE_INFO);
            pending.put(commands.nextRequestId(), DeviceProtocol.GET_DEVICE_STATUS);
        }
        pending.put(commands.nextRequestId(), DeviceProtocol.GET_STATUS);
    }

    /** The JSON messages of the requests still unanswered (all of them at first), in order. */
    public List<String> commands() {
        List<String> out = new ArrayList<>(pending.size());
        pending.forEach((id, type) -> out.add(Commands.command(type, id)));
        return out;
    }

    /** Whether {@code requestId} is one of this exchange's unanswered requests. */
    public boolean owns(String requestId) {
        return requestId != null && pending.containsKey(requestId);
    }

    /** Interprets one text message. */
    public Outcome onReply(DeviceReply reply) {
        if (reply == null || !owns(reply.requestId())) {
            return Outcome.IGNORED;
        }
        String asked = pending.remove(reply.requestId());
        if (reply.isFailure()) {
            refusals.add(asked + ": " + (reply.errorCode() == null ? "error" : reply.errorCode())
                    + (reply.errorMessage() == null ? "" : " \"" + reply.errorMessage() + "\""));
            return Outcome.CONSUMED;
        }
        switch (reply.type()) {
            case DeviceProtocol.DEVICE_INFO -> device = device.orElse(ContextReplies.wsInfo(reply.data()));
            case DeviceProtocol.DEVICE_STATUS -> device = device.orElse(ContextReplies.wsStatus(reply.data()));
            case DeviceProtocol.STATUS -> workload = ContextReplies.workload(reply);
            default -> refusals.add(asked + ": unexpected reply " + reply.type());
        }
        return Outcome.CONSUMED;
    }

    /** Whether every request was answered (or refused). */
    public boolean isComplete() {
        return pending.isEmpty();
    }

    /** The commands still unanswered ({@code device.getInfo}, ...). */
    public List<String> unanswered() {
        return List.copyOf(pending.values());
    }

    /**
     * Why requests were refused since the last call, one line each
     * ({@code device.getInfo: UNKNOWN_COMMAND "..."}).
     */
    public List<String> takeRefusals() {
        List<String> out = List.copyOf(refusals);
        refusals.clear();
        return out;
    }

    /** What {@code device.info} and {@code device.status} said so far. */
    public DeviceInfo device() {
        return device;
    }

    /** The workload {@code getStatus} answered, or {@code null} before (or without) its reply. */
    public Workload workload() {
        return workload;
    }
}

package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import java.util.ArrayList;
import java.util.List;

/**
 * The subscribe conversation on one connection: optionally {@code benchmark.start} (resets the
 * device's statistics), then {@code benchmark.subscribe}; done when every command was answered.
 *
 * <p>Start goes first so that every frame the subscription delivers was taken after the reset.
 * A reply counts as ours when it echoes one of our request ids; an {@code error} or
 * {@code benchmark.rejected} without any request id also counts while we wait (the firmware sends
 * {@code FEATURE_DISABLED} that way). Everything else is somebody else's traffic.
 */
public final class SubscribeExchange {

    /** What a text message meant to this exchange. */
    public sealed interface Outcome {
    }

    /** Not a reply to this exchange (a device event, another client's reply). */
    public record Ignored() implements Outcome {
    }

    /** A reply to us, but more are needed. */
    public record Pending() implements Outcome {
    }

    /** Subscribed (and started, if asked); frames will follow. */
    public record Subscribed(long clientId) implements Outcome {
    }

    /** The device refused. {@code code} and {@code deviceMessage} are as sent (may be null). */
    public record Failed(FailureReason reason, String code, String deviceMessage) implements Outcome {
    }

    private static final Ignored IGNORED = new Ignored();
    private static final Pending PENDING = new Pending();

    private final String startId;
    private final String subscribeId;
    private boolean started;
    private boolean subscribed;
    private long clientId = -1;
    private boolean finished;

    /**
     * @param resetStats whether to send {@code benchmark.start} first
     * @param commands   the source of request ids
     */
    public SubscribeExchange(boolean resetStats, Commands commands) {
        this.startId = resetStats ? commands.nextRequestId() : null;
        this.subscribeId = commands.nextRequestId();
    }

    /** The JSON messages to send, in order. */
    public List<String> commands() {
        List<String> out = new ArrayList<>(2);
        if (startId != null) {
            out.add(Commands.command(DeviceProtocol.START, startId));
        }
        out.add(Commands.command(DeviceProtocol.SUBSCRIBE, subscribeId));
        return out;
    }

    /** The commands not answered yet (to send again after a RATE_LIMITED wait), in order. */
    public List<String> unansweredCommands() {
        List<String> out = new ArrayList<>(2);
        if (startId != null && !started) {
            out.add(Commands.command(DeviceProtocol.START, startId));
        }
        if (!subscribed) {
            out.add(Commands.command(DeviceProtocol.SUBSCRIBE, subscribeId));
        }
        return out;
    }

    /** Interprets one text message ({@code null} for one that is not a device reply). */
    public Outcome onReply(DeviceReply reply) {
        if (reply == null || finished) {
            return IGNORED;
        }
        boolean forSubscribe = reply.answers(subscribeId, false);
        boolean forStart = startId != null && reply.answers(startId, false);
        boolean anonymous = reply.requestId() == null;
        switch (reply.type()) {
            case DeviceProtocol.STARTED:
                if (startId != null && !started && (forStart || anonymous) && reply.isFailure()) {
                    return fail(FailureReason.DEVICE_ERROR, reply);
                }
                if (startId != null && !started && (forStart || anonymous)) {
                    started = true;
                    return progress();
                }
                return IGNORED;
            case DeviceProtocol.SUBSCRIBED:
                if (!subscribed && (forSubscribe || anonymous)) {
                    if (reply.isFailure() || !reply.dataAbsentOrTrue("accepted")) {
                        finished = true;
                        String said = reply.isFailure() ? "\"success\" was not true" : "\"accepted\": "
                                + reply.dataText("accepted");
                        return new Failed(FailureReason.DEVICE_ERROR, reply.errorCode(),
                                DeviceProtocol.SUBSCRIBED + " with " + said);
                    }
                    subscribed = true;
                    clientId = reply.dataLong("clientId", -1);
                    return progress();
                }
                return IGNORED;
            case DeviceProtocol.REJECTED:
                if (forSubscribe || forStart || anonymous) {
                    return fail(FailureReason.SUBSCRIBER_TABLE_FULL, reply);
                }
                return IGNORED;
            case DeviceProtocol.ERROR:
                if (forSubscribe || forStart) {
                    return fail(reasonFor(reply.errorCode()), reply);
                }
                // Anonymous errors are ours only when they say why a subscribe cannot work.
                if (anonymous && (DeviceProtocol.FEATURE_DISABLED.equals(reply.errorCode())
                        || DeviceProtocol.SYSTEM_NOT_READY.equals(reply.errorCode()))) {
                    return fail(reasonFor(reply.errorCode()), reply);
                }
                return IGNORED;
            default:
                if ((forSubscribe || forStart) && reply.isFailure()) {
                    return fail(FailureReason.DEVICE_ERROR, reply);
                }
                return IGNORED;
        }
    }

    /** Whether the device subscribed us and only the reply to {@code benchmark.start} is missing. */
    public boolean subscribedAwaitingStart() {
        return !finished && subscribed && startId != null && !started;
    }

    /**
     * Ends the exchange without the reply to {@code benchmark.start} (the subscription stands) and
     * returns the client id the device gave us.
     */
    public long giveUpOnStart() {
        finished = true;
        return clientId;
    }

    /** Whether the exchange ended (subscribed or failed). */
    public boolean isFinished() {
        return finished;
    }

    private Outcome progress() {
        if (subscribed && (startId == null || started)) {
            finished = true;
            return new Subscribed(clientId);
        }
        return PENDING;
    }

    private Outcome fail(FailureReason reason, DeviceReply reply) {
        finished = true;
        return new Failed(reason, reply.errorCode(), reply.errorMessage());
    }

    private static FailureReason reasonFor(String code) {
        if (DeviceProtocol.FEATURE_DISABLED.equals(code)) {
            return FailureReason.FEATURE_DISABLED;
        }
        if (DeviceProtocol.SYSTEM_NOT_READY.equals(code)) {
            return FailureReason.SYSTEM_NOT_READY;
        }
        if (DeviceProtocol.RESOURCE_EXHAUSTED.equals(code)) {
            return FailureReason.SUBSCRIBER_TABLE_FULL;
        }
        return FailureReason.DEVICE_ERROR;
    }
}

package io.lightwaveos.bench.collector.internal.session;

import io.lightwaveos.bench.protocol.DeviceProtocol;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The closing conversation: optionally {@code benchmark.stop} (whose {@code results} are kept),
 * then {@code benchmark.unsubscribe}; complete when both were answered. An error reply to one of
 * them also counts as an answer, so a refusing device never holds the collection open.
 */
public final class FinishExchange {

    /** What a text message meant to this exchange. */
    public enum Outcome {
        /** Not a reply to this exchange. */
        IGNORED,
        /** A reply to us; more are needed. */
        PENDING,
        /** Every command was answered. */
        COMPLETE
    }

    private final String stopId;
    private final String unsubscribeId;
    private boolean stopAnswered;
    private boolean unsubscribeAnswered;
    private Map<String, Double> results = Map.of();
    private final List<String> errors = new ArrayList<>();

    /**
     * @param sendStop whether to send {@code benchmark.stop} first
     * @param commands the source of request ids
     */
    public FinishExchange(boolean sendStop, Commands commands) {
        this.stopId = sendStop ? commands.nextRequestId() : null;
        this.unsubscribeId = commands.nextRequestId();
    }

    /** The JSON messages to send, in order. */
    public List<String> commands() {
        List<String> out = new ArrayList<>(2);
        if (stopId != null) {
            out.add(Commands.command(DeviceProtocol.STOP, stopId));
        }
        out.add(Commands.command(DeviceProtocol.UNSUBSCRIBE, unsubscribeId));
        return out;
    }

    /** Interprets one text message ({@code null} for one that is not a device reply). */
    public Outcome onReply(DeviceReply reply) {
        if (reply == null) {
            return Outcome.IGNORED;
        }
        boolean anonymous = reply.requestId() == null;
        if (stopId != null && !stopAnswered && (reply.answers(stopId, false)
                || anonymous && DeviceProtocol.STOPPED.equals(reply.type()))) {
            stopAnswered = true;
            if (DeviceProtocol.STOPPED.equals(reply.type()) && !reply.isFailure()) {
                results = reply.dataNumbers("results");
            } else {
                errors.add(DeviceProtocol.STOP + " answered " + describe(reply));
            }
            return outcome();
        }
        if (!unsubscribeAnswered && (reply.answers(unsubscribeId, false)
                || anonymous && DeviceProtocol.UNSUBSCRIBED.equals(reply.type()))) {
            unsubscribeAnswered = true;
            if (reply.isFailure()) {
                errors.add(DeviceProtocol.UNSUBSCRIBE + " answered " + describe(reply));
            }
            return outcome();
        }
        return Outcome.IGNORED;
    }

    /** Whether every command was answered. */
    public boolean isComplete() {
        return (stopId == null || stopAnswered) && unsubscribeAnswered;
    }

    /** The {@code results} of {@code benchmark.stopped}; empty when not asked or not answered. */
    public Map<String, Double> results() {
        return results;
    }

    /** Error replies received, as sentences; empty when all went well. */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Which commands are still unanswered, for a timeout message. */
    public String unanswered() {
        List<String> out = new ArrayList<>();
        if (stopId != null && !stopAnswered) {
            out.add(DeviceProtocol.STOP);
        }
        if (!unsubscribeAnswered) {
            out.add(DeviceProtocol.UNSUBSCRIBE);
        }
        return String.join(" and ", out);
    }

    private Outcome outcome() {
        return isComplete() ? Outcome.COMPLETE : Outcome.PENDING;
    }

    private static String describe(DeviceReply reply) {
        return reply.type() + (reply.errorCode() == null ? "" : " " + reply.errorCode())
                + (reply.errorMessage() == null ? "" : " \"" + reply.errorMessage() + "\"");
    }
}

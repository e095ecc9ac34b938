package io.lightwaveos.bench.collector.internal.session;

import static io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable.cancelIfSet;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.internal.session.SessionEnvironment.Cancellable;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.text.Printable;

/**
 * Polls the device's vitals while the session streams: {@code device.getStatus} right after each
 * subscribe, then every {@link CollectorConfig#vitalsEvery()}, one request at a time (a poll that
 * falls due while the last is unanswered is skipped), each answered within the subscribe timeout.
 * What the answers say goes to a {@link VitalsTally}.
 *
 * <p>A poll that is not answered in time, refused, or answered without usable numbers costs an
 * event, never the run. Events stay few however long the run: one when a streak of failed polls
 * begins (at most {@value #MAX_STREAK_EVENTS} such), one when it ends after more than one failure,
 * and a count at the end when more than one poll failed. Nothing is polled during a rate-limit wait,
 * between a drop and the next subscribe, or once the collection ends (a reply already on its way is
 * still taken). Session thread only.
 */
final class VitalsPoll {

    /** How many streaks of failed polls get an event of their own; the rest are only counted. */
    static final int MAX_STREAK_EVENTS = 10;
    private static final String PREFIX = "device vitals: ";

    private final SessionEnvironment env;
    private final CollectorConfig config;
    private final SessionEvents events;
    private final Commands commands;
    private final RateLimitWait rateLimit;
    private final VitalsTally tally = new VitalsTally();

    private boolean polling;
    /** The request id of the poll awaiting its answer, or null. */
    private String pending;
    private Cancellable dueTimer;
    private Cancellable replyTimer;
    private int sent;
    private int failed;
    /** Failed polls in a row, up to the last one. */
    private int streak;
    /** Whether the current streak got its event. */
    private boolean streakRecorded;
    private int streakEvents;
    private String lastProblem;

    VitalsPoll(SessionEnvironment env, CollectorConfig config, SessionEvents events, Commands commands,
            RateLimitWait rateLimit) {
        this.env = env;
        this.config = config;
        this.events = events;
        this.commands = commands;
        this.rateLimit = rateLimit;
    }

    /** Subscribed (the first time or again): poll now and then every interval; nothing when polling is off. */
    void start() {
        if (config.vitalsEvery().isZero()) {
            return;
        }
        pause();
        polling = true;
        due();
    }

    /** The connection is gone: the unanswered poll will never be answered, and says nothing about the device. */
    void pause() {
        polling = false;
        pending = null;
        cancelIfSet(dueTimer);
        cancelIfSet(replyTimer);
    }

    /** The collection ends: no more polls; a reply already on its way is still taken. */
    void stop() {
        polling = false;
        cancelIfSet(dueTimer);
        cancelIfSet(replyTimer);
    }

    /**
     * Takes the answer to the poll in flight: {@code device.status} with its request id, or a
     * refusal of it. A RATE_LIMITED answer ends the poll without counting it as failed and is left
     * for the rate-limit wait, which records it.
     *
     * @return whether the message was that answer
     */
    boolean take(DeviceReply reply) {
        if (pending == null || reply == null || !pending.equals(reply.requestId())) {
            return false;
        }
        pending = null;
        cancelIfSet(replyTimer);
        if (DeviceReply.isError(reply, DeviceProtocol.RATE_LIMITED)) {
            return false;
        }
        if (reply.isFailure()) {
            failed(DeviceProtocol.GET_DEVICE_STATUS + " refused: "
                    + (reply.errorCode() == null ? "error" : Printable.of(reply.errorCode()))
                    + (reply.errorMessage() == null ? "" : " \"" + Printable.of(reply.errorMessage()) + "\""));
        } else if (!DeviceProtocol.DEVICE_STATUS.equals(reply.type())) {
            failed(DeviceProtocol.GET_DEVICE_STATUS + " answered with " + Printable.of(reply.type()) + ", expected "
                    + DeviceProtocol.DEVICE_STATUS);
        } else {
            String problem = tally.add(reply.data());
            if (problem == null) {
                answered();
            } else {
                failed(problem);
            }
        }
        return true;
    }

    /** Ends the polling for good: the count of failed polls as an event, when more than one failed, and the vitals. */
    MeasureSet close() {
        stop();
        // A poll still unanswered at the end neither failed nor counted.
        int decided = pending == null ? sent : sent - 1;
        pending = null;
        if (failed > 1) {
            events.record(EventType.DEVICE_MESSAGE, PREFIX + failed + " of " + decided + " polls of "
                    + DeviceProtocol.GET_DEVICE_STATUS + " failed (the last: " + lastProblem + ")");
        }
        return tally.measures();
    }

    private void due() {
        if (!polling) {
            return;
        }
        dueTimer = env.schedule(config.vitalsEvery(), this::due);
        if (pending == null && !rateLimit.waiting()) {
            send();
        }
    }

    private void send() {
        String id = commands.nextRequestId();
        pending = id;
        sent++;
        env.send(Commands.command(DeviceProtocol.GET_DEVICE_STATUS, id));
        replyTimer = env.schedule(config.subscribeTimeout(), () -> {
            if (id.equals(pending)) {
                pending = null;
                failed("no reply to " + DeviceProtocol.GET_DEVICE_STATUS + " within "
                        + FailureMessages.format(config.subscribeTimeout()));
            }
        });
    }

    private void answered() {
        if (streak > 1 && streakRecorded) {
            events.record(EventType.DEVICE_MESSAGE, PREFIX + DeviceProtocol.GET_DEVICE_STATUS + " answered again after "
                    + streak + " failed polls");
        }
        streak = 0;
        streakRecorded = false;
    }

    private void failed(String problem) {
        failed++;
        lastProblem = problem;
        if (streak++ == 0 && streakEvents < MAX_STREAK_EVENTS) {
            streakEvents++;
            streakRecorded = true;
            events.record(EventType.DEVICE_MESSAGE, PREFIX + problem + "; polling goes on"
                    + (streakEvents == MAX_STREAK_EVENTS ? " (further failures are only counted)" : ""));
        }
    }
}

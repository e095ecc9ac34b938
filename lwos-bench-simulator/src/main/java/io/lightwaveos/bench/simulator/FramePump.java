package io.lightwaveos.bench.simulator;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.simulator.SubscriberTable.Connection;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Sends the simulated device's frames to its subscribers at the configured rate, with the
 * configured faults, and counts what it sent.
 *
 * <p>Each {@link #tick} emits the frames due since the last one as a batch and flushes once.
 * Before each frame it checks that every subscriber's channel is writable; if one is not, it stops
 * and restarts its pacing from now, so a slow client pauses the device instead of growing its
 * outbound buffer (device timestamps advance per frame, not per host second, so a pause leaves no
 * trace in the data). It never bursts to catch up more than a few ticks' worth. While nobody is
 * subscribed device time still passes: a client that reconnects sees a gap. Event loop only;
 * counters readable from any thread.
 */
final class FramePump {

    private final SimulatorConfig config;
    /** Frames after which the device goes quiet; 0 for no limit. */
    private final long frameLimit;
    private final DeviceModel model;
    private final Faults faults;
    private final List<Connection> subscribers;
    private final LongConsumer afterFrame;
    private final long maxBatch;
    private final byte[] scratch = new byte[FrameLayout.EXTENDED_SIZE];
    private final FrameView classifier = new FrameView();

    private long baselineNanos;
    private long dueSinceBaseline;
    private int replayCursor;
    private boolean missingRun;
    private long missingInRun;
    private long eventSeq;

    private volatile long framesEmitted;
    private volatile long framesSent;
    private volatile long framesDropped;
    private volatile long badLengthSent;
    private volatile long nonFiniteSent;
    private volatile long foreignSent;
    private volatile long textEventsSent;
    private volatile long gapsCreated;
    private volatile long framesMissing;
    private volatile boolean quiet;

    /**
     * @param tickNanos  how often {@link #tick} runs
     * @param afterFrame told the number of frames emitted so far after each one (frame-count faults)
     */
    FramePump(SimulatorConfig config, DeviceModel model, Faults faults, SubscriberTable table, long tickNanos,
            LongConsumer afterFrame) {
        this.config = config;
        this.frameLimit = config.frameLimit().orElse(0);
        this.model = model;
        this.faults = faults;
        this.subscribers = table.subscribers();
        this.afterFrame = afterFrame;
        this.maxBatch = Math.max(1, (long) Math.ceil(config.rate() * tickNanos / 1e9 * 4));
    }

    /** Starts pacing from {@code now}. */
    void start(long now) {
        baselineNanos = now;
        dueSinceBaseline = 0;
    }

    /** Emits the frames due at {@code now}. */
    void tick(long now) {
        long due = (long) ((now - baselineNanos) * config.rate() / 1e9) - dueSinceBaseline;
        if (due <= 0) {
            return;
        }
        boolean restartPacing = false;
        if (due > maxBatch) {
            // The loop fell behind: do not burst to catch up, carry on at the rate from now.
            due = maxBatch;
            restartPacing = true;
        }
        if (subscribers.isEmpty() || quiet) {
            if (config.replay().isEmpty() && !quiet) {
                model.skip(due);
            }
            dueSinceBaseline += due;
        } else {
            long done = 0;
            while (done < due) {
                if (!allWritable()) {
                    restartPacing = true;
                    break;
                }
                emitOne();
                done++;
                if (subscribers.isEmpty() || quiet) {
                    // A fault dropped everyone (or the stream ended): the rest of the batch is unheard.
                    if (!quiet && config.replay().isEmpty()) {
                        model.skip(due - done);
                    }
                    done = due;
                }
            }
            dueSinceBaseline += done;
            for (int i = 0; i < subscribers.size(); i++) {
                subscribers.get(i).channel.flush();
            }
        }
        if (restartPacing) {
            start(now);
        }
    }

    /** Every connection dropped: a run of missing frames in progress no longer ends in a gap anyone sees. */
    void connectionsDropped() {
        missingRun = false;
        missingInRun = 0;
    }

    /** What was sent so far, with the connection-level counts filled in by the caller. */
    SimulatorStats stats(int connections, int subscriberCount, long disconnects, long reboots) {
        return new SimulatorStats(connections, subscriberCount, framesEmitted, framesSent, framesDropped,
                badLengthSent, nonFiniteSent, foreignSent, textEventsSent, gapsCreated, framesMissing,
                disconnects, reboots, quiet);
    }

    /** Counts a device event sent outside the pump (the status event on connect). */
    void countTextEvent() {
        textEventsSent++;
    }

    private boolean allWritable() {
        for (int i = 0; i < subscribers.size(); i++) {
            if (!subscribers.get(i).channel.isWritable()) {
                return false;
            }
        }
        return true;
    }

    private void emitOne() {
        framesEmitted++;
        if (!config.replay().isEmpty()) {
            emitReplayed(config.replay().get(replayCursor++));
            if (replayCursor >= config.replay().size()) {
                quiet = true;
            }
            return;
        }
        int every = config.extendedEvery();
        BenchmarkFrame frame = model.next(every > 0 && model.frameIndex() % every == every - 1);
        if (faults.drop()) {
            framesDropped++;
            missing();
        } else {
            int length = FrameEncoder.encode(frame, scratch, 0);
            if (faults.corrupt()) {
                Faults.Corruption kind = faults.corruption();
                byte[] bad = faults.corrupt(scratch, length, kind);
                sendBinary(bad, bad.length);
                switch (kind) {
                    case BAD_LENGTH -> badLengthSent++;
                    case NON_FINITE -> nonFiniteSent++;
                    case FOREIGN_MAGIC -> foreignSent++;
                }
                missing();
            } else {
                sendBinary(scratch, length);
                framesSent++;
                if (missingRun) {
                    gapsCreated++;
                    framesMissing += missingInRun;
                    connectionsDropped();
                }
            }
        }
        if (faults.foreign()) {
            byte[] foreign = faults.foreignMessage();
            sendBinary(foreign, foreign.length);
            foreignSent++;
        }
        if (faults.textEvent()) {
            sendText(faults.deviceEvent(eventSeq++));
            textEventsSent++;
        }
        afterFrame.accept(framesEmitted);
        if (frameLimit > 0 && framesEmitted >= frameLimit) {
            quiet = true;
        }
    }

    private void emitReplayed(SimMessage m) {
        if (!m.isBinary()) {
            sendText(m.text());
            textEventsSent++;
            return;
        }
        byte[] bytes = m.bytes();
        sendBinary(bytes, bytes.length);
        RejectReason reason = classifier.wrap(bytes, 0, bytes.length).rejectReason();
        if (reason == null) {
            framesSent++;
        } else {
            switch (reason) {
                case BAD_LENGTH -> badLengthSent++;
                case NON_FINITE -> nonFiniteSent++;
                case FOREIGN_STREAM -> foreignSent++;
            }
        }
    }

    private void missing() {
        missingRun = true;
        missingInRun++;
    }

    private void sendBinary(byte[] bytes, int length) {
        for (int i = 0; i < subscribers.size(); i++) {
            Connection c = subscribers.get(i);
            ByteBuf buf = c.channel.alloc().buffer(length).writeBytes(bytes, 0, length);
            c.channel.write(new BinaryWebSocketFrame(buf));
        }
    }

    private void sendText(String text) {
        for (int i = 0; i < subscribers.size(); i++) {
            subscribers.get(i).channel.write(new TextWebSocketFrame(text));
        }
    }
}

package io.lightwaveos.bench.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.collector.session.DeviceProtocol;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.FrameLayout;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.frame.RejectReason;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The simulated device's brain, living on the simulator's one event loop: connections and the
 * subscriber table, the five commands, and the frame pump.
 *
 * <p>The pump runs every tick (1 ms at high rates, one frame interval at low ones) and emits the
 * frames due since the last tick, as a batch, flushing once. Before each frame it checks that
 * every subscriber's channel is writable; if one is not, it stops and restarts its pacing from
 * now, so a slow client pauses the device instead of growing its outbound buffer (device
 * timestamps advance per frame, not per host second, so a pause leaves no trace in the data).
 * While nobody is subscribed, device time still passes: a client that reconnects sees a gap.
 */
final class SimulatedDevice {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final long MIN_TICK_NANOS = 1_000_000L;
    private static final long MAX_TICK_NANOS = 100_000_000L;

    private final SimulatorConfig config;
    private final EventLoop loop;
    private final DeviceModel model;
    private final Faults faults;
    private final Map<Channel, Connection> connections = new LinkedHashMap<>();
    private final List<Connection> subscribers = new ArrayList<>();
    private final List<ReceivedCommand> received = new CopyOnWriteArrayList<>();
    private final byte[] scratch = new byte[FrameLayout.EXTENDED_SIZE];
    private final FrameView classifier = new FrameView();
    private final long tickNanos;
    private final long maxBatch;
    private final long startNanos = System.nanoTime();

    private ScheduledFuture<?> pump;
    private long baselineNanos;
    private long dueSinceBaseline;
    private long firstSubscribeNanos = -1;
    private boolean timedDisconnectDone;
    private boolean timedRebootDone;
    private boolean frameDisconnectDone;
    private boolean frameRebootDone;
    private long unavailableUntilNanos = startNanos;
    private int replayCursor;
    private int nextConnectionId = 1;
    private long nextClientId = 1;
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
    private volatile long disconnects;
    private volatile long reboots;
    private volatile int connectionCount;
    private volatile int subscriberCount;
    private volatile boolean quiet;
    private volatile Throwable lastError;

    SimulatedDevice(SimulatorConfig config, EventLoop loop) {
        this.config = config;
        this.loop = loop;
        this.model = new DeviceModel(config);
        this.faults = new Faults(config);
        long interval = (long) (1e9 / config.rate());
        this.tickNanos = Math.max(MIN_TICK_NANOS, Math.min(MAX_TICK_NANOS, interval));
        this.maxBatch = Math.max(1, (long) Math.ceil(config.rate() * tickNanos / 1e9 * 4));
    }

    /** Starts the pump; call on the event loop. */
    void start() {
        baselineNanos = System.nanoTime();
        pump = loop.scheduleAtFixedRate(this::pumpSafely, tickNanos, tickNanos, TimeUnit.NANOSECONDS);
    }

    /** Stops the pump and drops every connection; call on the event loop. */
    void stop() {
        if (pump != null) {
            pump.cancel(false);
        }
        closeAll();
    }

    // ---------------------------------------------------------------- connections

    /** Whether new connections are accepted (not during a reboot's downtime). */
    boolean accepting() {
        return System.nanoTime() - unavailableUntilNanos >= 0;
    }

    void onOpen(Channel channel) {
        Connection c = new Connection(nextConnectionId++, channel);
        connections.put(channel, c);
        connectionCount = connections.size();
        if (config.statusEventOnConnect()) {
            channel.writeAndFlush(new TextWebSocketFrame(DeviceReplies.status(model.timestampMs(), subscribers.size())));
            textEventsSent++;
        }
    }

    void onClose(Channel channel) {
        Connection c = connections.remove(channel);
        if (c != null && subscribers.remove(c)) {
            subscriberCount = subscribers.size();
        }
        connectionCount = connections.size();
    }

    void onText(Channel channel, String text) {
        Connection c = connections.get(channel);
        if (c == null) {
            return;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        String type = root != null && root.path("type").isTextual() ? root.path("type").asText() : null;
        String requestId = root != null && root.path("requestId").isValueNode() && !root.path("requestId").isNull()
                ? root.path("requestId").asText() : null;
        received.add(new ReceivedCommand(c.id, type, requestId, text));
        if (type == null) {
            reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, requestId, "INVALID_JSON",
                    "expected a JSON object with a \"type\""));
            return;
        }
        if (type.startsWith("benchmark.") && refuseForBehaviour(c, type)) {
            return;
        }
        switch (type) {
            case DeviceProtocol.SUBSCRIBE -> subscribe(c, requestId);
            case DeviceProtocol.UNSUBSCRIBE -> {
                if (subscribers.remove(c)) {
                    subscriberCount = subscribers.size();
                }
                c.subscribed = false;
                reply(c, DeviceReplies.success(DeviceProtocol.UNSUBSCRIBED, requestId, Map.of("clientId", c.clientId)));
            }
            case DeviceProtocol.START -> {
                model.resetStats();
                reply(c, DeviceReplies.success(DeviceProtocol.STARTED, requestId, Map.of("active", true)));
            }
            case DeviceProtocol.STOP -> {
                model.stopStreaming();
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("active", false);
                data.put("results", model.results());
                reply(c, DeviceReplies.success(DeviceProtocol.STOPPED, requestId, data));
            }
            case DeviceProtocol.GET -> reply(c, DeviceReplies.success(DeviceProtocol.STATS, requestId, model.stats()));
            default -> reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, requestId, "UNKNOWN_COMMAND",
                    "unknown command \"" + type + "\""));
        }
    }

    private boolean refuseForBehaviour(Connection c, String type) {
        switch (config.subscribeBehaviour()) {
            case FEATURE_DISABLED -> {
                // As PROTOCOL.md shows it: no requestId on this error.
                reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, null, DeviceProtocol.FEATURE_DISABLED,
                        "Audio benchmark not compiled into this firmware"));
                return true;
            }
            case SYSTEM_NOT_READY -> {
                reply(c, DeviceReplies.failure(DeviceProtocol.ERROR, null, DeviceProtocol.SYSTEM_NOT_READY,
                        "Audio pipeline not ready"));
                return true;
            }
            case NO_REPLY -> {
                return DeviceProtocol.SUBSCRIBE.equals(type);
            }
            default -> {
                return false;
            }
        }
    }

    private void subscribe(Connection c, String requestId) {
        if (!c.subscribed) {
            if (subscribers.size() >= config.maxSubscribers()) {
                reply(c, DeviceReplies.rejected(requestId));
                return;
            }
            c.subscribed = true;
            c.clientId = nextClientId++;
            subscribers.add(c);
            subscriberCount = subscribers.size();
            if (firstSubscribeNanos < 0) {
                firstSubscribeNanos = System.nanoTime();
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clientId", c.clientId);
        data.put("frameSize", FrameLayout.COMPACT_SIZE);
        data.put("targetFps", Math.max(1, Math.round(config.rate())));
        data.put("magicByte", 0);
        data.put("accepted", true);
        reply(c, DeviceReplies.success(DeviceProtocol.SUBSCRIBED, requestId, data));
    }

    private static void reply(Connection c, String json) {
        c.channel.writeAndFlush(new TextWebSocketFrame(json));
    }

    // ---------------------------------------------------------------- faults

    void disconnectAll() {
        disconnects++;
        closeAll();
    }

    void reboot() {
        reboots++;
        model.reboot();
        unavailableUntilNanos = System.nanoTime() + config.rebootDowntime().toNanos();
        closeAll();
    }

    private void closeAll() {
        subscribers.clear();
        subscriberCount = 0;
        missingRun = false;
        missingInRun = 0;
        for (Connection c : new ArrayList<>(connections.values())) {
            // What was written goes out first, so a test knows exactly what arrived before the drop.
            c.channel.flush();
            c.channel.close();
        }
    }

    private void timedFaults(long now) {
        if (firstSubscribeNanos < 0) {
            return;
        }
        if (config.disconnectAfter() != null && !timedDisconnectDone
                && now - firstSubscribeNanos >= config.disconnectAfter().toNanos()) {
            timedDisconnectDone = true;
            disconnectAll();
        }
        if (config.rebootAfter() != null && !timedRebootDone
                && now - firstSubscribeNanos >= config.rebootAfter().toNanos()) {
            timedRebootDone = true;
            reboot();
        }
    }

    private void frameFaults() {
        if (config.disconnectAfterFrames() > 0 && !frameDisconnectDone
                && framesEmitted >= config.disconnectAfterFrames()) {
            frameDisconnectDone = true;
            disconnectAll();
        }
        if (config.rebootAfterFrames() > 0 && !frameRebootDone && framesEmitted >= config.rebootAfterFrames()) {
            frameRebootDone = true;
            reboot();
        }
    }

    // ---------------------------------------------------------------- pump

    private void pumpSafely() {
        try {
            pump();
        } catch (RuntimeException e) {
            // Keep the device alive; tests see the missing frames, and lastError says why.
            lastError = e;
        }
    }

    private void pump() {
        long now = System.nanoTime();
        timedFaults(now);
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
            flushSubscribers();
        }
        if (restartPacing) {
            baselineNanos = now;
            dueSinceBaseline = 0;
        }
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
        boolean extended = every > 0 && model.frameIndex() % every == every - 1;
        BenchmarkFrame frame = model.next(extended);
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
                    missingRun = false;
                    missingInRun = 0;
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
        frameFaults();
        if (config.frameLimit() > 0 && framesEmitted >= config.frameLimit()) {
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

    private void flushSubscribers() {
        for (int i = 0; i < subscribers.size(); i++) {
            subscribers.get(i).channel.flush();
        }
    }

    // ---------------------------------------------------------------- observation

    SimulatorStats stats() {
        return new SimulatorStats(connectionCount, subscriberCount, framesEmitted, framesSent, framesDropped,
                badLengthSent, nonFiniteSent, foreignSent, textEventsSent, gapsCreated, framesMissing,
                disconnects, reboots, quiet);
    }

    List<ReceivedCommand> received() {
        return List.copyOf(received);
    }

    Throwable lastError() {
        return lastError;
    }

    /** One WebSocket connection and its place in the subscriber table. */
    private static final class Connection {
        final int id;
        final Channel channel;
        boolean subscribed;
        long clientId;

        Connection(int id, Channel channel) {
            this.id = id;
            this.channel = channel;
        }
    }
}

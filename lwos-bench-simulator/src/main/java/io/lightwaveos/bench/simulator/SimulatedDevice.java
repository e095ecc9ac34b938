package io.lightwaveos.bench.simulator;

import io.lightwaveos.bench.simulator.SubscriberTable.Connection;
import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The simulated device, living on the simulator's one event loop: its connections and subscriber
 * table, its commands, its frame pump, and the planned faults (disconnect, reboot with downtime).
 */
final class SimulatedDevice {

    private static final long MIN_TICK_NANOS = 1_000_000L;
    private static final long MAX_TICK_NANOS = 100_000_000L;

    private final SimulatorConfig config;
    private final EventLoop loop;
    private final DeviceModel model;
    private final SubscriberTable table;
    private final CommandHandler commands;
    private final FramePump pump;
    private final DeviceIdentity identity;
    private final long tickNanos;
    /** The configured one-off faults, read once: nanoseconds or frames, -1 for never. */
    private final long disconnectAfterNanos;
    private final long rebootAfterNanos;
    private final long disconnectAfterFrames;
    private final long rebootAfterFrames;

    private ScheduledFuture<?> ticker;
    private long firstSubscribeNanos = -1;
    private boolean timedDisconnectDone;
    private boolean timedRebootDone;
    private boolean effectChanged;
    private boolean frameDisconnectDone;
    private boolean frameRebootDone;
    private long unavailableUntilNanos = System.nanoTime();
    private volatile long disconnects;
    private volatile long reboots;
    private volatile Throwable lastError;

    SimulatedDevice(SimulatorConfig config, EventLoop loop) {
        this.config = config;
        this.loop = loop;
        this.model = new DeviceModel(config);
        this.table = new SubscriberTable(config.maxSubscribers());
        this.identity = new DeviceIdentity(config.firmware(), config.vitals());
        this.commands = new CommandHandler(config, model, table, identity, this::subscribed);
        long interval = (long) (1e9 / config.rate());
        this.tickNanos = Math.max(MIN_TICK_NANOS, Math.min(MAX_TICK_NANOS, interval));
        this.pump = new FramePump(config, model, new Faults(config), table, tickNanos, this::frameFaults);
        this.disconnectAfterNanos = config.disconnectAfter().map(Duration::toNanos).orElse(-1L);
        this.rebootAfterNanos = config.rebootAfter().map(Duration::toNanos).orElse(-1L);
        this.disconnectAfterFrames = config.disconnectAfterFrames().orElse(-1);
        this.rebootAfterFrames = config.rebootAfterFrames().orElse(-1);
    }

    /** Starts the pump; call on the event loop. */
    void start() {
        pump.start(System.nanoTime());
        ticker = loop.scheduleAtFixedRate(this::tick, tickNanos, tickNanos, TimeUnit.NANOSECONDS);
    }

    /** Stops the pump and drops every connection; call on the event loop. */
    void stop() {
        if (ticker != null) {
            ticker.cancel(false);
        }
        table.dropAll();
    }

    // ---------------------------------------------------------------- connections

    /** Whether new connections are accepted (not during a reboot's downtime). */
    boolean accepting() {
        return System.nanoTime() - unavailableUntilNanos >= 0;
    }

    void onOpen(Channel channel) {
        table.open(channel);
        if (config.statusEventOnConnect()) {
            // Counted before the write: a client that has read the event must find it counted.
            pump.countTextEvent();
            channel.writeAndFlush(new TextWebSocketFrame(DeviceReplies.status(null, identity.status())));
        }
    }

    void onClose(Channel channel) {
        table.close(channel);
    }

    void onText(Channel channel, String text) {
        Connection c = table.get(channel);
        if (c != null) {
            commands.onText(c, text);
        }
    }

    // ---------------------------------------------------------------- faults

    void disconnectAll() {
        disconnects++;
        dropAll();
    }

    void reboot() {
        reboots++;
        model.reboot();
        unavailableUntilNanos = System.nanoTime() + config.rebootDowntime().toNanos();
        dropAll();
    }

    /** Renders the other effect and tells every connection with an unasked {@code status}. */
    void changeEffect() {
        identity.changeEffect();
        String status = DeviceReplies.status(null, identity.status());
        for (Connection c : table.connections()) {
            if (config.apiKey() == null || c.authenticated) {
                pump.countTextEvent();
                c.channel.writeAndFlush(new TextWebSocketFrame(status));
            }
        }
    }

    /** How the HTTP device info is answered. */
    DeviceInfoBehaviour deviceInfoBehaviour() {
        return config.deviceInfoBehaviour();
    }

    /** The API key the device requires, or {@code null}. */
    String apiKey() {
        return config.apiKey();
    }

    /** The HTTP {@code /api/v1/device/info} document. */
    String httpDeviceInfo() {
        return DeviceReplies.json(identity.httpInfo());
    }

    private void dropAll() {
        table.dropAll();
        pump.connectionsDropped();
    }

    private void subscribed() {
        if (firstSubscribeNanos < 0) {
            firstSubscribeNanos = System.nanoTime();
        }
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            timedFaults(now);
            pump.tick(now);
        } catch (RuntimeException e) {
            // Keep the device alive; tests see the missing frames, and lastError says why.
            lastError = e;
        }
    }

    private void timedFaults(long now) {
        if (firstSubscribeNanos < 0) {
            return;
        }
        if (disconnectAfterNanos >= 0 && !timedDisconnectDone && now - firstSubscribeNanos >= disconnectAfterNanos) {
            timedDisconnectDone = true;
            disconnectAll();
        }
        if (config.effectChangeAfter() != null && !effectChanged
                && now - firstSubscribeNanos >= config.effectChangeAfter().toNanos()) {
            effectChanged = true;
            changeEffect();
        }
        if (rebootAfterNanos >= 0 && !timedRebootDone && now - firstSubscribeNanos >= rebootAfterNanos) {
            timedRebootDone = true;
            reboot();
        }
    }

    private void frameFaults(long framesEmitted) {
        if (disconnectAfterFrames > 0 && !frameDisconnectDone && framesEmitted >= disconnectAfterFrames) {
            frameDisconnectDone = true;
            disconnectAll();
        }
        if (rebootAfterFrames > 0 && !frameRebootDone && framesEmitted >= rebootAfterFrames) {
            frameRebootDone = true;
            reboot();
        }
    }

    // ---------------------------------------------------------------- observation

    SimulatorStats stats() {
        return pump.stats(table.connectionCount(), table.subscriberCount(), disconnects, reboots);
    }

    List<ReceivedCommand> received() {
        return commands.received();
    }

    Throwable lastError() {
        return lastError;
    }
}

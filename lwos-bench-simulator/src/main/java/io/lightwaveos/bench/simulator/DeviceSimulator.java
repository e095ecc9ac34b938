package io.lightwaveos.bench.simulator;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A LightwaveOS device on a WebSocket, for tests, harnesses and demos: the five benchmark
 * commands and their replies, at most 4 subscribers, frames only to subscribers at a configurable
 * rate (10/s by default, over 100,000/s if the client keeps up), realistic values, and fault
 * injection (drops, corruption, foreign traffic, disconnects, reboots).
 *
 * <pre>{@code
 * try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(1000).build())) {
 *     String url = device.url();   // ws://127.0.0.1:PORT/ws
 *     ...
 * }
 * }</pre>
 *
 * <p>Runs on one daemon event-loop thread of its own. Thread-safe: the query methods may be called
 * from any thread.
 */
public final class DeviceSimulator implements AutoCloseable {

    private final SimulatorConfig config;
    private final EventLoopGroup group;
    private final EventLoop loop;
    private final SimulatedDevice device;
    private final Channel server;
    private final String host;
    private final int port;

    private DeviceSimulator(SimulatorConfig config, EventLoopGroup group, EventLoop loop, SimulatedDevice device,
            Channel server) {
        this.config = config;
        this.group = group;
        this.loop = loop;
        this.device = device;
        this.server = server;
        InetSocketAddress address = (InetSocketAddress) server.localAddress();
        this.host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        this.port = address.getPort();
    }

    /**
     * Starts a simulator and returns once it listens.
     *
     * @throws IllegalStateException if it cannot listen on the configured address and port
     */
    public static DeviceSimulator start(SimulatorConfig config) {
        Objects.requireNonNull(config, "config");
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1,
                new DefaultThreadFactory("lwos-simulator", true), NioIoHandler.newFactory());
        EventLoop loop = group.next();
        SimulatedDevice device = new SimulatedDevice(config, loop);
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(loop)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(64 * 1024, 256 * 1024))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(
                                new HttpServerCodec(),
                                new HttpObjectAggregator(64 * 1024),
                                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                        .websocketPath("/ws")
                                        .checkStartsWith(false)
                                        .handleCloseFrames(true)
                                        // Faults drop connections abruptly, like a device losing Wi-Fi.
                                        .sendCloseFrame(null)
                                        .maxFramePayloadLength(64 * 1024)
                                        .build()),
                                new SimulatorChannelHandler(device));
                    }
                });
        try {
            Channel server = bootstrap.bind(config.bindHost(), config.port()).syncUninterruptibly().channel();
            loop.submit(device::start).syncUninterruptibly();
            return new DeviceSimulator(config, group, loop, device, server);
        } catch (Exception e) {
            // Netty rethrows the bind's checked exception (BindException) unchecked.
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            // Some causes carry no message (UnresolvedAddressException): name them instead of "null".
            String why = e.getMessage() != null ? e.getMessage()
                    : e instanceof java.nio.channels.UnresolvedAddressException ? "no such address"
                    : e.getClass().getSimpleName();
            throw new IllegalStateException("cannot listen on " + config.bindHost() + ":" + config.port() + ": "
                    + why, e);
        }
    }

    /** Starts a simulator with the defaults. */
    public static DeviceSimulator start() {
        return start(SimulatorConfig.defaults());
    }

    /** The configuration it runs with. */
    public SimulatorConfig config() {
        return config;
    }

    /** The address it listens on. */
    public String host() {
        return host;
    }

    /** The port it listens on (the ephemeral one chosen, when the config said 0). */
    public int port() {
        return port;
    }

    /** {@code ws://HOST:PORT/ws}. */
    public String url() {
        return "ws://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/ws";
    }

    /** What the device has done so far. */
    public SimulatorStats stats() {
        return device.stats();
    }

    /** Every text message received, in order. */
    public List<ReceivedCommand> received() {
        return device.received();
    }

    /** How many text messages of {@code type} were received. */
    public long receivedCount(String type) {
        return device.received().stream().filter(c -> type.equals(c.type())).count();
    }

    /** Drops every connection now, abruptly (like Wi-Fi loss). */
    public void disconnectAll() {
        loop.submit(device::disconnectAll).syncUninterruptibly();
    }

    /** Reboots now: connections drop, timestamps and counters restart, downtime applies. */
    public void reboot() {
        loop.submit(device::reboot).syncUninterruptibly();
    }

    /** Renders the other effect now and announces it to every connection with an unasked {@code status}. */
    public void changeEffect() {
        loop.submit(device::changeEffect).syncUninterruptibly();
    }

    /** The last exception the frame pump swallowed, for diagnosis; {@code null} if none. */
    public Throwable lastError() {
        return device.lastError();
    }

    /** Stops listening, drops every connection and releases the thread. */
    @Override
    public void close() {
        server.close().syncUninterruptibly();
        if (!loop.isShuttingDown()) {
            loop.submit(device::stop).syncUninterruptibly();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}

package io.lightwaveos.bench.collector.internal.netty;

import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.FailureReason;
import io.lightwaveos.bench.collector.internal.session.ReadControl;
import io.lightwaveos.bench.collector.internal.session.Session;
import io.lightwaveos.bench.collector.internal.session.SessionEnvironment;
import io.lightwaveos.bench.frame.FrameView;
import io.lightwaveos.bench.run.Sample;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketFrameDecoder;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * The session's connection to the device over Netty: one attempt at a time, each a fresh channel
 * with TLS (for {@code wss://}), HTTP codec, Netty's WebSocket client protocol handler
 * (handshake, close frames) behind our {@link PongGuard} (pings), a frame aggregator for
 * fragmented messages, and our {@link DeviceChannelHandler}. What waits to be sent is bounded (a
 * small kernel send buffer, Netty's write-buffer water marks), whatever the device reads. Everything runs on one event loop, the session's thread.
 *
 * <p>Each attempt reports exactly once how it ended (connect failure, or handshake then one
 * disconnect); an attempt the session closed reports nothing more, so late events of an old
 * channel never reach the session.
 */
public final class NettyDeviceLink implements SessionEnvironment, ReadControl {

    /**
     * Largest WebSocket message taken in whole; longer ones are cut short by the
     * {@link OversizedMessageFilter} and counted, the connection stays.
     */
    static final int MAX_MESSAGE_BYTES = 1 << 20;
    /** The socket's send buffer as asked of the kernel (Linux doubles it for its bookkeeping). */
    static final int SEND_BUFFER_BYTES = 64 * 1024;
    /** Netty's outbound buffer: the channel turns unwritable above the high mark, writable below the low. */
    static final int HIGH_WATER_MARK = 256 * 1024;
    static final int LOW_WATER_MARK = 32 * 1024;
    private static final long CLOSE_GRACE_MILLIS = 1000;

    private final CollectorConfig config;
    private final EventLoop loop;
    private final SslContext ssl;
    private Session session;
    private Attempt current;
    private volatile Channel readable;

    /**
     * @param config the collection's configuration (URL, timeouts)
     * @param loop   the one event loop all of this runs on
     * @throws IllegalStateException if TLS is asked for and the JDK cannot set it up
     */
    public NettyDeviceLink(CollectorConfig config, EventLoop loop) {
        this.config = config;
        this.loop = loop;
        this.ssl = config.secure() ? clientTls() : null;
    }

    /** Connects the link to the session it serves; call once, before the session starts. */
    public void bind(Session session) {
        this.session = session;
    }

    /** Runs {@code task} on the session thread, turning an exception into a session failure. */
    public Executor executor() {
        return task -> loop.execute(() -> guard(task));
    }

    // ---------------------------------------------------------------- SessionEnvironment

    @Override
    public void connect() {
        Attempt attempt = new Attempt();
        current = attempt;
        long timeoutMillis = Math.max(1, config.connectTimeout().toMillis());
        Bootstrap bootstrap = new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeoutMillis))
                .option(ChannelOption.TCP_NODELAY, true)
                // Bound what we hold for a peer that does not read (see PongGuard): the kernel's
                // send buffer (we only send small commands and pongs) and Netty's outbound buffer.
                .option(ChannelOption.SO_SNDBUF, SEND_BUFFER_BYTES)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(LOW_WATER_MARK, HIGH_WATER_MARK))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        initPipeline(ch, attempt);
                    }
                });
        // One deadline for TCP connect plus WebSocket handshake together.
        attempt.deadline = loop.schedule(attempt::timedOut, timeoutMillis, TimeUnit.MILLISECONDS);
        ChannelFuture future = bootstrap.connect(config.host(), config.port());
        attempt.channel = future.channel();
        future.addListener((ChannelFutureListener) f -> {
            if (!f.isSuccess()) {
                attempt.failed(ConnectFailure.of(f.cause()));
            }
        });
    }

    @Override
    public void send(String text) {
        Attempt a = current;
        if (a != null && a.handshakeDone && !a.finished) {
            a.channel.writeAndFlush(new TextWebSocketFrame(text));
        }
    }

    @Override
    public void close(Runnable then) {
        Attempt a = current;
        current = null;
        readable = null;
        if (a == null || a.finished && (a.channel == null || !a.channel.isOpen())) {
            then.run();
            return;
        }
        a.finished = true;
        a.cancelDeadline();
        Channel ch = a.channel;
        if (ch == null || !ch.isOpen()) {
            then.run();
            return;
        }
        ch.closeFuture().addListener(f -> guard(then));
        if (a.handshakeDone && ch.isActive()) {
            // Clean close: our close frame, then the device's reply closes the socket; if it does
            // not answer within the grace period we close anyway.
            ch.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE));
            loop.schedule(() -> ch.close(), CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ch.close();
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        ScheduledFuture<?> f = loop.schedule(() -> guard(task), delay.toNanos(), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public long nowMicros() {
        return Sample.toMicros(Instant.now());
    }

    // ---------------------------------------------------------------- ReadControl

    @Override
    public void pauseReading() {
        Channel ch = readable;
        if (ch != null) {
            ch.config().setAutoRead(false);
        }
    }

    @Override
    public void resumeReading() {
        Channel ch = readable;
        if (ch != null) {
            ch.config().setAutoRead(true);
        }
    }

    // ---------------------------------------------------------------- internals

    private void initPipeline(SocketChannel ch, Attempt attempt) {
        ChannelPipeline p = ch.pipeline();
        if (ssl != null) {
            p.addLast(ssl.newHandler(ch.alloc(), config.host(), config.port()));
        }
        p.addLast(new HttpClientCodec());
        p.addLast(new HttpObjectAggregator(64 * 1024));
        // Before the protocol handler, which would answer every ping whatever the peer reads.
        p.addLast(new PongGuard());
        p.addLast(new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder()
                .webSocketUri(config.uri())
                .maxFramePayloadLength(MAX_MESSAGE_BYTES)
                // Our own deadline covers connect + handshake; Netty's must not fire first.
                .handshakeTimeoutMillis(config.connectTimeout().toMillis() + 60_000)
                .handleCloseFrames(true)
                .sendCloseFrame(null)
                .dropPongFrames(true)
                .build()));
        p.addLast(new WebSocketFrameAggregator(MAX_MESSAGE_BYTES));
        p.addLast(new DeviceChannelHandler(attempt));
    }

    private void guard(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            try {
                session.onInternalError(e);
            } catch (RuntimeException | Error ignored) {
                // The session is broken beyond reporting; nothing more can be done here.
            }
        }
    }

    private static SslContext clientTls() {
        try {
            return SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS").build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS for wss://: " + e.getMessage(), e);
        }
    }

    /** One connection attempt and, once its handshake completed, the connection. */
    private final class Attempt implements DeviceChannelHandler.Listener {
        Channel channel;
        ScheduledFuture<?> deadline;
        boolean handshakeDone;
        boolean finished;
        Throwable lastError;

        private boolean live() {
            return current == this && !finished;
        }

        void cancelDeadline() {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }

        void failed(ConnectFailure failure) {
            if (!live() || handshakeDone) {
                return;
            }
            finished = true;
            cancelDeadline();
            if (channel != null) {
                channel.close();
            }
            guard(() -> session.onConnectFailed(failure.reason(), failure.detail()));
        }

        void timedOut() {
            if (!handshakeDone) {
                boolean tcpUp = channel != null && channel.isActive();
                failed(new ConnectFailure(FailureReason.CONNECT_TIMEOUT,
                        tcpUp ? ConnectFailure.NO_HANDSHAKE : ConnectFailure.NO_TCP));
            }
        }

        @Override
        public void handshakeComplete() {
            if (!live()) {
                return;
            }
            handshakeDone = true;
            cancelDeadline();
            // Netty's decoder is in place now, the HTTP codec still before it (removed later, handing
            // on what it holds): the filter goes between them, so it sees every byte after the handshake.
            ChannelHandlerContext decoder = channel.pipeline().context(WebSocketFrameDecoder.class);
            if (decoder != null) {
                channel.pipeline().addBefore(decoder.name(), "oversized-message-filter",
                        new OversizedMessageFilter(MAX_MESSAGE_BYTES));
            }
            readable = channel;
            guard(session::onConnected);
        }

        @Override
        public void text(String text) {
            if (live() && handshakeDone) {
                guard(() -> session.onText(text));
            }
        }

        @Override
        public void binary(FrameView view) {
            if (live() && handshakeDone) {
                // The hot path: no lambda, no allocation before the session decides.
                try {
                    session.onBinary(view);
                } catch (RuntimeException | Error e) {
                    guard(() -> session.onInternalError(e));
                }
            }
        }

        @Override
        public void oversizedBinary(FrameView prefix) {
            if (live() && handshakeDone) {
                guard(() -> session.onOversizedBinary(prefix));
            }
        }

        @Override
        public void oversizedText() {
            if (live() && handshakeDone) {
                guard(session::onOversizedText);
            }
        }

        @Override
        public void readComplete() {
            if (live() && handshakeDone) {
                guard(session::onReadComplete);
            }
        }

        @Override
        public void error(Throwable cause) {
            if (!live()) {
                return;
            }
            if (!handshakeDone) {
                failed(ConnectFailure.of(cause));
            } else {
                lastError = cause;
                channel.close();
            }
        }

        @Override
        public void inactive() {
            if (!live()) {
                return;
            }
            if (!handshakeDone) {
                failed(new ConnectFailure(FailureReason.HANDSHAKE_FAILED,
                        "the connection closed during the WebSocket handshake"));
                return;
            }
            finished = true;
            readable = null;
            String cause = lastError == null ? "the device closed the connection"
                    : "connection error: " + lastError;
            guard(() -> session.onDisconnected(cause));
        }
    }
}

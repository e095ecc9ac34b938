package io.lightwaveos.bench.collector.internal.netty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.Collector;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.InMemorySink;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.testing.VectorFiles;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The client pipeline against a scripted WebSocket server (plain Netty, not the simulator) that
 * fragments a frame across continuation frames and pings: the collector reassembles the message,
 * answers the ping, and closes with a close frame.
 */
class NettyDeviceLinkTest {

    @Test
    void fragmentedMessagesAreReassembledPingsAnsweredAndTheCloseIsClean() throws Exception {
        List<byte[]> frames = List.of(
                Arrays.copyOfRange(VectorFiles.bytes("compact.bin"), 0, 32),
                Arrays.copyOfRange(VectorFiles.bytes("extended.bin"), 0, 64));
        List<String> seen = new CopyOnWriteArrayList<>();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                                    new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                            .websocketPath("/ws").dropPongFrames(false).handleCloseFrames(false).build()),
                                    new ScriptedDevice(frames, seen));
                        }
                    }).bind("127.0.0.1", 0).sync().channel();
            int port = ((InetSocketAddress) server.localAddress()).getPort();

            InMemorySink sink = new InMemorySink();
            // The scripted server never answers the HTTP device-info request, and the end of a
            // collection waits for that answer up to its timeout: a short one keeps the test short.
            CollectionResult result = Collector.collect(CollectorConfig.builder()
                    .url("ws://127.0.0.1:" + port + "/ws").maxSamples(2).deviceInfoTimeout(Duration.ofMillis(100))
                    .build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(sink.frames()).extracting(FrameEncoder::encode).containsExactlyElementsOf(frames);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!seen.contains("close") && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(seen).containsSubsequence("subscribe", "pong:hi", "unsubscribe", "close");
            server.close().sync();
        } finally {
            group.shutdownGracefully(0, 1, java.util.concurrent.TimeUnit.SECONDS).sync();
        }
    }

    /** Answers subscribe and unsubscribe, then sends a ping, a frame in three fragments and a whole one. */
    private static final class ScriptedDevice extends SimpleChannelInboundHandler<WebSocketFrame> {
        private static final ObjectMapper MAPPER = new ObjectMapper();
        private final List<byte[]> frames;
        private final List<String> seen;

        ScriptedDevice(List<byte[]> frames, List<String> seen) {
            this.frames = frames;
            this.seen = seen;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) throws Exception {
            if (frame instanceof PongWebSocketFrame pong) {
                seen.add("pong:" + pong.content().toString(StandardCharsets.UTF_8));
            } else if (frame instanceof io.netty.handler.codec.http.websocketx.CloseWebSocketFrame) {
                seen.add("close");
                ctx.close();
            } else if (frame instanceof TextWebSocketFrame text) {
                JsonNode cmd = MAPPER.readTree(text.text());
                String type = cmd.path("type").asText();
                String id = cmd.path("requestId").asText();
                if (type.equals("benchmark.subscribe")) {
                    seen.add("subscribe");
                    ctx.write(new TextWebSocketFrame("{\"type\":\"benchmark.subscribed\",\"success\":true,"
                            + "\"requestId\":\"" + id + "\",\"data\":{\"clientId\":1}}"));
                    ctx.write(new PingWebSocketFrame(Unpooled.copiedBuffer("hi", StandardCharsets.UTF_8)));
                    byte[] f = frames.get(0);
                    ctx.write(new BinaryWebSocketFrame(false, 0, Unpooled.wrappedBuffer(f, 0, 10)));
                    ctx.write(new ContinuationWebSocketFrame(false, 0, Unpooled.wrappedBuffer(f, 10, 10)));
                    ctx.write(new ContinuationWebSocketFrame(true, 0, Unpooled.wrappedBuffer(f, 20, 12)));
                    ctx.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(frames.get(1))));
                } else if (type.equals("benchmark.unsubscribe")) {
                    seen.add("unsubscribe");
                    ctx.writeAndFlush(new TextWebSocketFrame("{\"type\":\"benchmark.unsubscribed\",\"success\":true,"
                            + "\"requestId\":\"" + id + "\",\"data\":{\"clientId\":1}}"));
                }
            }
        }
    }
}

package io.lightwaveos.bench.collector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.testing.VectorFiles;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
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
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Messages over the 1 MiB limit, whole or in fragments, binary with the benchmark magic, binary of
 * another stream and text, between two good frames: each is counted (malformed BAD_LENGTH,
 * foreign, ignored text) and the connection stays, so both good frames arrive without a reconnect.
 */
class CollectorOversizedMessageTest {

    private static final int OVER = (1 << 20) + 1;

    @Test
    void messagesOverTheLimitAreCountedAndTheConnectionStays() throws Exception {
        byte[] compact = VectorFiles.bytes("compact.bin");
        List<byte[]> good = List.of(Arrays.copyOfRange(compact, 0, 32), Arrays.copyOfRange(compact, 32, 64));
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                                    new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                            .websocketPath("/ws").build()),
                                    new OversizingDevice(good));
                        }
                    }).bind("127.0.0.1", 0).sync().channel();
            int port = ((InetSocketAddress) server.localAddress()).getPort();

            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(CollectorConfig.builder()
                    .url("ws://127.0.0.1:" + port + "/ws").maxSamples(2).reconnect(false)
                    .connectTimeout(Duration.ofSeconds(30)).deviceInfoTimeout(Duration.ofMillis(200)).build(), sink);

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(sink.frames()).extracting(FrameEncoder::encode).containsExactlyElementsOf(good);
            assertThat(result.counters().reconnects()).isZero();
            assertThat(result.counters().framesMalformed()).containsEntry(RejectReason.BAD_LENGTH, 2L);
            assertThat(result.counters().framesForeign()).isEqualTo(1);
            assertThat(result.textMessagesIgnored()).isGreaterThanOrEqualTo(1);
            server.close().sync();
        } finally {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
        }
    }

    /** A buffer of {@code size} bytes starting with {@code head}. */
    private static ByteBuf filled(int size, byte[] head) {
        byte[] b = new byte[size];
        System.arraycopy(head, 0, b, 0, Math.min(head.length, size));
        return Unpooled.wrappedBuffer(b);
    }

    /**
     * Answers subscribe and unsubscribe; after subscribing sends a good frame, the oversized
     * messages, and the second good frame.
     */
    private static final class OversizingDevice extends SimpleChannelInboundHandler<WebSocketFrame> {
        private static final ObjectMapper MAPPER = new ObjectMapper();
        private final List<byte[]> good;

        OversizingDevice(List<byte[]> good) {
            this.good = good;
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) throws Exception {
            if (!(frame instanceof TextWebSocketFrame text)) {
                return;
            }
            JsonNode cmd = MAPPER.readTree(text.text());
            String type = cmd.path("type").asText();
            String id = cmd.path("requestId").asText();
            if (type.equals("benchmark.subscribe")) {
                ctx.write(new TextWebSocketFrame("{\"type\":\"benchmark.subscribed\",\"success\":true,"
                        + "\"requestId\":\"" + id + "\",\"data\":{\"clientId\":1}}"));
                byte[] magic = Arrays.copyOf(good.get(0), 4);
                ctx.write(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(good.get(0))));
                // One frame over the limit, with the magic: malformed.
                ctx.write(new BinaryWebSocketFrame(filled(2 * OVER, magic)));
                // Another stream's message over the limit: foreign.
                ctx.write(new BinaryWebSocketFrame(filled(OVER, new byte[] {'A', 'U', 'D', 0})));
                // Fragments, each within the limit, together over it: malformed.
                ctx.write(new BinaryWebSocketFrame(false, 0, filled(32, good.get(0))));
                ctx.write(new ContinuationWebSocketFrame(false, 0, filled(OVER - 64, new byte[0])));
                ctx.write(new ContinuationWebSocketFrame(true, 0, filled(64, new byte[0])));
                // Text over the limit: nobody's reply.
                ctx.write(new TextWebSocketFrame(filled(OVER, "{\"type\":\"status\"".getBytes())));
                ctx.writeAndFlush(new BinaryWebSocketFrame(Unpooled.wrappedBuffer(good.get(1))));
            } else if (type.equals("benchmark.unsubscribe")) {
                ctx.writeAndFlush(new TextWebSocketFrame("{\"type\":\"benchmark.unsubscribed\",\"success\":true,"
                        + "\"requestId\":\"" + id + "\",\"data\":{\"clientId\":1}}"));
            }
        }
    }
}

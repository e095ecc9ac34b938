package io.lightwaveos.bench.collector.internal.netty;

import io.lightwaveos.bench.frame.FrameView;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler.ClientHandshakeStateEvent;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;

/**
 * The one handler of ours in the client pipeline, after Netty's WebSocket protocol handler and
 * frame aggregator: a binary message becomes a {@link FrameView} over its bytes (no copy for heap
 * buffers, at most 64 bytes for direct ones), a text message becomes a string, and handshake,
 * close and errors become calls on a {@link Listener}; a message the
 * {@link OversizedMessageFilter} cut short is reported as such. Pings, pongs and close frames never get
 * here: Netty answers them.
 */
final class DeviceChannelHandler extends SimpleChannelInboundHandler<WebSocketFrame> {

    /** Receives what the handler sees, on the channel's event loop. */
    interface Listener {
        void handshakeComplete();

        void text(String text);

        void binary(FrameView view);

        /** A binary message over the size limit, cut to its first bytes. */
        void oversizedBinary(FrameView prefix);

        /** A text message over the size limit (its text is gone). */
        void oversizedText();

        void readComplete();

        void error(Throwable cause);

        void inactive();
    }

    private final FrameView view = new FrameView();
    private final Listener listener;
    /** The next data message is one the {@link OversizedMessageFilter} cut short. */
    private boolean nextOversized;

    DeviceChannelHandler(Listener listener) {
        this.listener = listener;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, WebSocketFrame frame) {
        if (frame instanceof BinaryWebSocketFrame) {
            ByteBuf content = frame.content();
            int length = content.readableBytes();
            if (content.hasArray()) {
                view.wrap(content.array(), content.arrayOffset() + content.readerIndex(), length);
            } else if (content.nioBufferCount() == 1) {
                view.wrap(content.internalNioBuffer(content.readerIndex(), length));
            } else {
                view.wrap(content.nioBuffer());
            }
            if (nextOversized) {
                nextOversized = false;
                listener.oversizedBinary(view);
            } else {
                listener.binary(view);
            }
        } else if (frame instanceof TextWebSocketFrame text) {
            if (nextOversized) {
                nextOversized = false;
                listener.oversizedText();
            } else {
                listener.text(text.text());
            }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        listener.readComplete();
        super.channelReadComplete(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
        if (evt == OversizedMessageFilter.OVERSIZED) {
            nextOversized = true;
            return;
        }
        if (evt == ClientHandshakeStateEvent.HANDSHAKE_COMPLETE) {
            listener.handshakeComplete();
        } else if (evt == ClientHandshakeStateEvent.HANDSHAKE_TIMEOUT) {
            listener.error(new WebSocketClientHandshakeException("the WebSocket handshake timed out"));
        }
        super.userEventTriggered(ctx, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        listener.inactive();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // Handled here so nothing reaches the pipeline's tail (which would log a warning).
        listener.error(cause);
    }
}

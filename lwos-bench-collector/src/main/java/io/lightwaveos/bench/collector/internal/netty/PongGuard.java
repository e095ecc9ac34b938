package io.lightwaveos.bench.collector.internal.netty;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Answers the device's pings itself, before Netty's protocol handler would, so that a peer that
 * pings and never reads cannot make us queue one pong per ping without bound: while the channel
 * is not writable (its outbound buffer is over the high water mark) pings are dropped unanswered,
 * and a peer that stays unwritable for {@link #GIVE_UP_MILLIS} is disconnected (the session then
 * reconnects or ends as for any lost connection).
 */
final class PongGuard extends ChannelInboundHandlerAdapter {

    /** How long a peer may leave what we send unread before we give up on it. */
    static final long GIVE_UP_MILLIS = 10_000;

    private ScheduledFuture<?> giveUp;
    private long dropped;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof PingWebSocketFrame ping)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (ctx.channel().isWritable()) {
            ctx.writeAndFlush(new PongWebSocketFrame(ping.content()));
        } else {
            dropped++;
            ping.release();
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            cancel();
        } else if (giveUp == null) {
            giveUp = ctx.executor().schedule(() -> {
                if (!ctx.channel().isWritable()) {
                    ctx.channel().close();
                }
            }, GIVE_UP_MILLIS, TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel();
        ctx.fireChannelInactive();
    }

    /** Pings left unanswered because the peer was not reading. */
    long dropped() {
        return dropped;
    }

    private void cancel() {
        if (giveUp != null) {
            giveUp.cancel(false);
            giveUp = null;
        }
    }
}

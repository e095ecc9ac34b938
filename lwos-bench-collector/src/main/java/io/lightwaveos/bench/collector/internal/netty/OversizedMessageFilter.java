package io.lightwaveos.bench.collector.internal.netty;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Sits on the raw byte stream in front of Netty's WebSocket frame decoder (which would close the
 * connection on a frame over its limit) and keeps every data message within {@code maxBytes}
 * without buffering what is over: once a message (all its fragments together) would pass the
 * limit, the rest of it goes to the decoder as fragments with empty payloads (the first 4 bytes of
 * a message are kept, so its magic still tells a benchmark message from another stream) and the
 * dropped bytes are skipped as they arrive. Just before the message's last fragment,
 * {@link #OVERSIZED} is fired as a user event, so the next data message the handlers after the
 * decoder see is known to be that one, cut short.
 *
 * <p>Control frames and masked frames (which a server must not send) pass unchanged: the decoder
 * deals with them as before.
 */
final class OversizedMessageFilter extends ChannelInboundHandlerAdapter {

    /** User event: the next data message was longer than the limit and arrives cut short. */
    static final Object OVERSIZED = new Object() {
        @Override
        public String toString() {
            return "OVERSIZED";
        }
    };

    private static final int PREFIX_BYTES = 4;

    private final long maxBytes;
    /** Bytes of the current frame's payload still to pass on, then to skip. */
    private long passing;
    private long skipping;
    /** Payload bytes of the current data message so far, and whether it went over. */
    private long messageBytes;
    private boolean oversized;
    /** The start of a frame header that did not fit in the last read. */
    private ByteBuf partialHeader;

    OversizedMessageFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf read)) {
            ctx.fireChannelRead(msg);
            return;
        }
        ByteBuf in = read;
        if (partialHeader != null) {
            CompositeByteBuf joined = ctx.alloc().compositeBuffer(2);
            joined.addComponents(true, partialHeader, read);
            partialHeader = null;
            in = joined;
        }
        try {
            filter(ctx, in);
        } finally {
            in.release();
        }
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        if (partialHeader != null) {
            partialHeader.release();
            partialHeader = null;
        }
    }

    private void filter(ChannelHandlerContext ctx, ByteBuf in) {
        // Bytes from runStart up to the reader index go on unchanged, as one slice.
        int runStart = in.readerIndex();
        while (in.isReadable()) {
            if (passing > 0) {
                int n = (int) Math.min(passing, in.readableBytes());
                in.skipBytes(n);
                passing -= n;
                continue;
            }
            if (skipping > 0) {
                forward(ctx, in, runStart);
                int n = (int) Math.min(skipping, in.readableBytes());
                in.skipBytes(n);
                skipping -= n;
                runStart = in.readerIndex();
                continue;
            }
            int at = in.readerIndex();
            int headerLength = headerLength(in, at);
            if (headerLength < 0 || in.readableBytes() < headerLength) {
                forward(ctx, in, runStart);
                partialHeader = in.readRetainedSlice(in.readableBytes());
                return;
            }
            int first = in.getUnsignedByte(at);
            int second = in.getUnsignedByte(at + 1);
            boolean fin = (first & 0x80) != 0;
            int opcode = first & 0x0F;
            boolean masked = (second & 0x80) != 0;
            long length = payloadLength(in, at);
            boolean data = opcode <= 2;
            if (!data || masked || length < 0) {
                in.skipBytes(headerLength);
                passing = Math.max(0, length);
                continue;
            }
            if (opcode != 0) {
                messageBytes = 0;
                oversized = false;
            }
            if (!oversized && messageBytes + length <= maxBytes) {
                messageBytes += length;
                in.skipBytes(headerLength);
                passing = length;
                if (fin) {
                    messageBytes = 0;
                }
                continue;
            }
            forward(ctx, in, runStart);
            long keep = oversized ? 0 : Math.max(0, Math.min(length, PREFIX_BYTES - messageBytes));
            oversized = true;
            if (fin) {
                ctx.fireUserEventTriggered(OVERSIZED);
                messageBytes = 0;
            }
            ByteBuf header = ctx.alloc().buffer(2);
            header.writeByte(first);
            header.writeByte((int) keep);
            ctx.fireChannelRead(header);
            in.skipBytes(headerLength);
            runStart = in.readerIndex();
            passing = keep;
            skipping = length - keep;
        }
        forward(ctx, in, runStart);
    }

    /** Passes on the unchanged bytes from {@code runStart} to the reader index. */
    private static void forward(ChannelHandlerContext ctx, ByteBuf in, int runStart) {
        int n = in.readerIndex() - runStart;
        if (n > 0) {
            ctx.fireChannelRead(in.retainedSlice(runStart, n));
        }
    }

    /** The whole header's length, or -1 if the two bytes that tell it are not there yet. */
    private static int headerLength(ByteBuf in, int at) {
        if (in.writerIndex() - at < 2) {
            return -1;
        }
        int second = in.getUnsignedByte(at + 1);
        int lengthCode = second & 0x7F;
        int extended = lengthCode == 126 ? 2 : lengthCode == 127 ? 8 : 0;
        return 2 + extended + ((second & 0x80) != 0 ? 4 : 0);
    }

    /** The payload length of a complete header ({@code < 0} for an invalid 64-bit length). */
    private static long payloadLength(ByteBuf in, int at) {
        int lengthCode = in.getUnsignedByte(at + 1) & 0x7F;
        if (lengthCode == 126) {
            return in.getUnsignedShort(at + 2);
        }
        if (lengthCode == 127) {
            return in.getLong(at + 2);
        }
        return lengthCode;
    }
}

package io.lightwaveos.bench.frame;

import java.nio.ByteBuffer;

/**
 * Decodes binary messages into {@link BenchmarkFrame}s. Never throws on any content: every
 * message becomes a {@link DecodeOutcome}. For the allocation-free hot path use {@link FrameView}.
 */
public final class FrameDecoder {

    private FrameDecoder() {
    }

    /** Decodes a whole array. */
    public static DecodeOutcome decode(byte[] message) {
        return decode(message, 0, message.length);
    }

    /**
     * Decodes {@code length} bytes of {@code bytes} from {@code offset}.
     *
     * @throws IndexOutOfBoundsException if the range lies outside the array (a caller bug, not
     *                                   bad input)
     */
    public static DecodeOutcome decode(byte[] bytes, int offset, int length) {
        return decode(new FrameView().wrap(bytes, offset, length));
    }

    /**
     * Decodes the remaining bytes of {@code buf} (position to limit), whatever its byte order
     * setting; the buffer's position is not moved.
     */
    public static DecodeOutcome decode(ByteBuffer buf) {
        return decode(new FrameView().wrap(buf));
    }

    /** Decodes the message a view is wrapped around. */
    public static DecodeOutcome decode(FrameView view) {
        RejectReason reason = view.rejectReason();
        if (reason != null) {
            return new DecodeOutcome.Rejected(reason, view.rejectMessage());
        }
        return new DecodeOutcome.Decoded(view.toFrame());
    }
}

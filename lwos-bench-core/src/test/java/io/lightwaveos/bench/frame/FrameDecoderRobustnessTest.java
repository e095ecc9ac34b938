package io.lightwaveos.bench.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrameDecoderRobustnessTest {

    private static final int INPUTS = 1_000_000;

    /** An independent statement of the rules, written from PROTOCOL.md, to check the decoder against. */
    static RejectReason expectedReason(byte[] b) {
        if (b.length < 4) {
            return RejectReason.BAD_LENGTH;
        }
        int magic = ByteBuffer.wrap(b, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (magic != 0x004D4241) {
            return RejectReason.FOREIGN_STREAM;
        }
        if (b.length != 32 && b.length != 64) {
            return RejectReason.BAD_LENGTH;
        }
        ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int[] floatOffsets = b.length == 64 ? new int[] {8, 12, 16, 32, 36} : new int[] {8, 12, 16};
        for (int off : floatOffsets) {
            if (!Float.isFinite(le.getFloat(off))) {
                return RejectReason.NON_FINITE;
            }
        }
        return null;
    }

    @Test
    void aMillionRandomMessagesDecodeWithoutExceptionAndWithTheRightReason() {
        SplittableRandom r = new SplittableRandom(20261126);
        FrameView view = new FrameView();
        Map<RejectReason, Integer> seen = new EnumMap<>(RejectReason.class);
        int frames = 0;
        for (int i = 0; i < INPUTS; i++) {
            int kind = r.nextInt(4);
            int length = kind == 3 ? (r.nextBoolean() ? 32 : 64) : r.nextInt(129);
            byte[] b = new byte[length];
            for (int j = 0; j < length; j++) {
                b[j] = (byte) r.nextInt(256);
            }
            if (kind >= 1 && length >= 4) {
                b[0] = 0x41; b[1] = 0x42; b[2] = 0x4D; b[3] = 0x00;
            }
            if (kind == 3 && r.nextInt(4) > 0) {
                // mostly plausible floats, so that valid frames are frequent too
                for (int off : new int[] {8, 12, 16, 32, 36}) {
                    if (off + 4 <= length) {
                        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putFloat(off, r.nextFloat() * 500f);
                    }
                }
            }
            RejectReason expected = expectedReason(b);
            DecodeOutcome outcome = FrameDecoder.decode(b);
            if (expected == null) {
                assertThat(outcome.isFrame()).as("input %d", i).isTrue();
                frames++;
            } else {
                assertThat(outcome).as("input %d", i).isInstanceOf(DecodeOutcome.Rejected.class);
                assertThat(((DecodeOutcome.Rejected) outcome).reason()).as("input %d", i).isEqualTo(expected);
                seen.merge(expected, 1, Integer::sum);
            }
            assertThat(view.wrap(b, 0, b.length).rejectReason()).isEqualTo(expected);
        }
        // every path was really exercised
        assertThat(seen).containsOnlyKeys(RejectReason.values());
        assertThat(seen.values()).allSatisfy(n -> assertThat(n).isGreaterThan(1000));
        assertThat(frames).isGreaterThan(100_000);
    }
}

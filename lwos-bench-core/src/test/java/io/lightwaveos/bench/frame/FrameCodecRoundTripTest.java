package io.lightwaveos.bench.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FrameCodecRoundTripTest {

    private static final long U32 = 0xFFFF_FFFFL;

    static BenchmarkFrame randomFrame(SplittableRandom r, boolean extended, int flags) {
        ExtendedFields ext = null;
        if (extended) {
            int[] hist = new int[8];
            for (int i = 0; i < 8; i++) {
                hist[i] = r.nextInt(0x10000);
            }
            ext = new ExtendedFields(randomFiniteFloat(r), randomFiniteFloat(r), r.nextLong(U32 + 1),
                    r.nextLong(U32 + 1), hist);
        }
        return new BenchmarkFrame(r.nextLong(U32 + 1), randomFiniteFloat(r), randomFiniteFloat(r),
                randomFiniteFloat(r), r.nextInt(0x10000), r.nextInt(0x10000), r.nextLong(U32 + 1),
                r.nextInt(0x10000), Flags.of(flags), r.nextInt(256), ext);
    }

    /** Any finite float, including subnormals, -0.0 and the extremes. */
    static float randomFiniteFloat(SplittableRandom r) {
        while (true) {
            float f = Float.intBitsToFloat(r.nextInt());
            if (Float.isFinite(f)) {
                return f;
            }
        }
    }

    static List<BenchmarkFrame> edgeFrames() {
        List<BenchmarkFrame> out = new ArrayList<>();
        long[] u32 = {0, 1, U32 - 1, U32, 0x8000_0000L};
        int[] u16 = {0, 1, 0x7FFF, 0x8000, 0xFFFF};
        float[] floats = {0f, -0f, Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 1e-40f};
        for (int i = 0; i < 5; i++) {
            int[] hist = new int[8];
            java.util.Arrays.fill(hist, u16[i]);
            float f = floats[i % floats.length];
            ExtendedFields ext = new ExtendedFields(f, f, u32[i], u32[i], hist);
            out.add(BenchmarkFrame.compact(u32[i], f, f, f, u16[i], u16[i], u32[i], u16[i], Flags.of(i == 4 ? 255 : 0), i == 4 ? 255 : 0));
            out.add(new BenchmarkFrame(u32[i], f, f, f, u16[i], u16[i], u32[i], u16[i], Flags.of(i == 4 ? 255 : 0), i == 4 ? 255 : 0, ext));
        }
        return out;
    }

    @Test
    void encodeDecodeEncodeIsByteIdenticalForManyRandomFramesOfBothSizesAndAllFlags() {
        SplittableRandom r = new SplittableRandom(42);
        FrameView view = new FrameView();
        int checked = 0;
        for (int flags = 0; flags < 256; flags++) {
            for (int k = 0; k < 40; k++) {
                BenchmarkFrame frame = randomFrame(r, k % 2 == 1, flags);
                byte[] wire = FrameEncoder.encode(frame);
                assertThat(wire).hasSize(frame.isExtended() ? 64 : 32);
                DecodeOutcome outcome = FrameDecoder.decode(wire);
                assertThat(outcome).isInstanceOf(DecodeOutcome.Decoded.class);
                BenchmarkFrame decoded = ((DecodeOutcome.Decoded) outcome).frame();
                assertThat(decoded).isEqualTo(frame);
                assertThat(FrameEncoder.encode(decoded)).isEqualTo(wire);
                assertThat(view.wrap(wire, 0, wire.length).toFrame()).isEqualTo(frame);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(256 * 40);
    }

    @Test
    void edgeValuesZeroAndMaxOfEveryUnsignedFieldSurviveTheRoundTrip() {
        for (BenchmarkFrame frame : edgeFrames()) {
            byte[] wire = FrameEncoder.encode(frame);
            BenchmarkFrame decoded = ((DecodeOutcome.Decoded) FrameDecoder.decode(wire)).frame();
            assertThat(decoded).isEqualTo(frame);
            assertThat(FrameEncoder.encode(decoded)).isEqualTo(wire);
        }
    }

    @Test
    void encodeWritesAtAnOffsetAndReportsTheSize() {
        BenchmarkFrame frame = randomFrame(new SplittableRandom(1), true, 3);
        byte[] buf = new byte[100];
        assertThat(FrameEncoder.encode(frame, buf, 10)).isEqualTo(64);
        assertThat(((DecodeOutcome.Decoded) FrameDecoder.decode(buf, 10, 64)).frame()).isEqualTo(frame);
        assertThatThrownBy(() -> FrameEncoder.encode(frame, buf, 50)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void unknownFlagBitsAndReservedBytesAreKept() {
        BenchmarkFrame frame = BenchmarkFrame.compact(1, 1f, 1f, 1f, 1, 1, 1, 1, Flags.of(0xF8), 0xAB);
        BenchmarkFrame back = ((DecodeOutcome.Decoded) FrameDecoder.decode(FrameEncoder.encode(frame))).frame();
        assertThat(back.flags().reservedBits()).isEqualTo(0xF8);
        assertThat(back.flags().streamingActive()).isFalse();
        assertThat(back.reserved()).isEqualTo(0xAB);
    }

    @Test
    void outOfRangeFieldsAreRefusedWithTheRule() {
        assertThatThrownBy(() -> BenchmarkFrame.compact(-1, 0, 0, 0, 0, 0, 0, 0, Flags.of(0), 0))
                .hasMessage("timestampMs must be between 0 and 4294967295, got -1");
        assertThatThrownBy(() -> BenchmarkFrame.compact(0, 0, 0, 0, 70000, 0, 0, 0, Flags.of(0), 0))
                .hasMessage("peakTotalUs must be between 0 and 65535, got 70000");
        assertThatThrownBy(() -> new ExtendedFields(0, 0, 0, 0, new int[7]))
                .hasMessage("histogram must have 8 bins, got 7");
        assertThatThrownBy(() -> Flags.of(256)).hasMessage("flags must be between 0 and 255, got 256");
    }
}

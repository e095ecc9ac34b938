package io.lightwaveos.bench.frame;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.testing.VectorFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrameDecoderVectorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(String name) throws IOException {
        return JSON.readTree(VectorFiles.file(name).toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"compact", "extended"})
    void everyVectorFrameDecodesToItsExpectedValues(String set) throws IOException {
        byte[] bin = VectorFiles.bytes(set + ".bin");
        JsonNode doc = json(set + ".json");
        int size = doc.get("frame_size").asInt();
        JsonNode frames = doc.get("frames");
        assertThat(bin.length).isEqualTo(size * frames.size());

        for (int i = 0; i < frames.size(); i++) {
            DecodeOutcome outcome = FrameDecoder.decode(bin, i * size, size);
            assertThat(outcome).as("frame %d", i).isInstanceOf(DecodeOutcome.Decoded.class);
            BenchmarkFrame f = ((DecodeOutcome.Decoded) outcome).frame();
            assertMatches(f, frames.get(i), set + "[" + i + "]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"compact", "extended"})
    void flyweightAgreesWithMaterialisingDecoderOnEveryVector(String set) throws IOException {
        byte[] bin = VectorFiles.bytes(set + ".bin");
        int size = json(set + ".json").get("frame_size").asInt();
        FrameView view = new FrameView();
        for (int off = 0; off < bin.length; off += size) {
            BenchmarkFrame expected = ((DecodeOutcome.Decoded) FrameDecoder.decode(bin, off, size)).frame();
            view.wrap(bin, off, size);
            assertThat(view.rejectReason()).isNull();
            assertThat(view.timestampMs()).isEqualTo(expected.timestampMs());
            assertThat(Float.floatToRawIntBits(view.avgTotalUs())).isEqualTo(Float.floatToRawIntBits(expected.avgTotalUs()));
            assertThat(Float.floatToRawIntBits(view.avgGoertzelUs())).isEqualTo(Float.floatToRawIntBits(expected.avgGoertzelUs()));
            assertThat(Float.floatToRawIntBits(view.cpuLoadPercent())).isEqualTo(Float.floatToRawIntBits(expected.cpuLoadPercent()));
            assertThat(view.peakTotalUs()).isEqualTo(expected.peakTotalUs());
            assertThat(view.peakGoertzelUs()).isEqualTo(expected.peakGoertzelUs());
            assertThat(view.hopCount()).isEqualTo(expected.hopCount());
            assertThat(view.goertzelCount()).isEqualTo(expected.goertzelCount());
            assertThat(view.flagsRaw()).isEqualTo(expected.flags().raw());
            assertThat(view.reserved()).isEqualTo(expected.reserved());
            assertThat(view.isExtended()).isEqualTo(expected.isExtended());
            if (expected.isExtended()) {
                ExtendedFields e = expected.extended();
                assertThat(Float.floatToRawIntBits(view.avgDcAgcUs())).isEqualTo(Float.floatToRawIntBits(e.avgDcAgcUs()));
                assertThat(Float.floatToRawIntBits(view.avgChromaUs())).isEqualTo(Float.floatToRawIntBits(e.avgChromaUs()));
                assertThat(view.goertzelCountFull()).isEqualTo(e.goertzelCountFull());
                assertThat(view.reserved2()).isEqualTo(e.reserved2());
                for (int b = 0; b < FrameLayout.HISTOGRAM_BINS; b++) {
                    assertThat(view.histogramBin(b)).isEqualTo(e.histogramBin(b));
                }
            }
            assertThat(view.toFrame()).isEqualTo(expected);
            // the ByteBuffer path, with a non-zero position and big-endian order set, agrees too
            ByteBuffer buf = ByteBuffer.allocate(size + 7).order(ByteOrder.BIG_ENDIAN);
            buf.position(7);
            buf.put(bin, off, size).position(7);
            assertThat(((DecodeOutcome.Decoded) FrameDecoder.decode(buf)).frame()).isEqualTo(expected);
            assertThat(buf.position()).isEqualTo(7);
            ByteBuffer direct = ByteBuffer.allocateDirect(size).put(bin, off, size).flip();
            assertThat(new FrameView().wrap(direct).toFrame()).isEqualTo(expected);
        }
    }

    static Stream<Arguments> malformedMessages() throws IOException {
        JsonNode messages = json("malformed.json").get("messages");
        Stream.Builder<Arguments> out = Stream.builder();
        for (JsonNode m : messages) {
            out.add(Arguments.of(m.get("name").asText(), m.get("hex").asText(), m.get("reason").asText()));
        }
        return out.build();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource("malformedMessages")
    void everyMalformedVectorIsRejectedWithItsReason(String name, String hex, String reason) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        DecodeOutcome outcome = FrameDecoder.decode(bytes);
        assertThat(outcome).isInstanceOf(DecodeOutcome.Rejected.class);
        DecodeOutcome.Rejected rejected = (DecodeOutcome.Rejected) outcome;
        assertThat(rejected.reason()).isEqualTo(RejectReason.valueOf(reason));
        assertThat(rejected.message()).startsWith("expected ")
                .satisfiesAnyOf(m -> assertThat(m).contains("got"), m -> assertThat(m).contains("found"));
        assertThat(new FrameView().wrap(bytes, 0, bytes.length).rejectReason()).isEqualTo(RejectReason.valueOf(reason));
    }

    private static void assertMatches(BenchmarkFrame f, JsonNode e, String where) {
        assertThat(f.timestampMs()).as(where).isEqualTo(e.get("timestamp_ms").asLong());
        assertFloat(f.avgTotalUs(), e.get("avg_total_us"), where);
        assertFloat(f.avgGoertzelUs(), e.get("avg_goertzel_us"), where);
        assertFloat(f.cpuLoadPercent(), e.get("cpu_load_percent"), where);
        assertThat(f.peakTotalUs()).as(where).isEqualTo(e.get("peak_total_us").asInt());
        assertThat(f.peakGoertzelUs()).as(where).isEqualTo(e.get("peak_goertzel_us").asInt());
        assertThat(f.hopCount()).as(where).isEqualTo(e.get("hop_count").asLong());
        assertThat(f.goertzelCount()).as(where).isEqualTo(e.get("goertzel_count").asInt());
        assertThat(f.flags().raw()).as(where).isEqualTo(e.get("flags").asInt());
        assertThat(f.reserved()).as(where).isEqualTo(e.get("reserved").asInt());
        if (e.has("avg_dc_agc_us")) {
            assertThat(f.isExtended()).as(where).isTrue();
            ExtendedFields x = f.extended();
            assertFloat(x.avgDcAgcUs(), e.get("avg_dc_agc_us"), where);
            assertFloat(x.avgChromaUs(), e.get("avg_chroma_us"), where);
            assertThat(x.goertzelCountFull()).as(where).isEqualTo(e.get("goertzel_count_full").asLong());
            if (e.has("reserved2")) {
                assertThat(x.reserved2()).as(where).isEqualTo(e.get("reserved2").asLong());
            }
            int[] hist = new int[FrameLayout.HISTOGRAM_BINS];
            for (int b = 0; b < hist.length; b++) {
                hist[b] = e.get("histogram").get(b).asInt();
            }
            assertThat(x.histogram()).as(where).containsExactly(hist);
        } else {
            assertThat(f.isExtended()).as(where).isFalse();
        }
    }

    /** The JSON holds the exact float32 value widened to double: narrowing must be exact and bit-equal. */
    private static void assertFloat(float actual, JsonNode expected, String where) {
        double d = expected.asDouble();
        float narrowed = (float) d;
        assertThat((double) narrowed).as(where + ": vector value is a float32").isEqualTo(d);
        assertThat(Float.floatToRawIntBits(actual)).as(where).isEqualTo(Float.floatToRawIntBits(narrowed));
    }
}

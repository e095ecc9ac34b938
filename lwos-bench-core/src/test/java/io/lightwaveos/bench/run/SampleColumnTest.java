package io.lightwaveos.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample columns: a sample's values, one per column, build the same sample again. */
class SampleColumnTest {

    static Stream<Sample> samples() {
        long at = Sample.toMicros(Instant.parse("2026-11-26T14:02:19.123456Z"));
        BenchmarkFrame compact = BenchmarkFrame.compact(0xFFFF_FFFFL, 160.25f, 90.5f, 0.8f, 0xFFFF, 120, 7, 64,
                Flags.of(0xFF), 0);
        BenchmarkFrame extended = new BenchmarkFrame(1, 1f, 2f, 3f, 4, 5, 6, 7, Flags.of(1), 0,
                new ExtendedFields(8.5f, 9.25f, 0xFFFF_FFFFL, 0, new int[] {0, 1, 2, 3, 4, 5, 6, 0xFFFF}));
        return Stream.of(new Sample(0, at, compact), new Sample(Long.MAX_VALUE, at, extended));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void valuesOfEveryColumnBuildTheSameSample(Sample sample) {
        assertThat(SampleColumn.sampleOf(c -> c.valueIn(sample))).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void valuesHaveTheirColumnsType(Sample sample) {
        for (SampleColumn c : SampleColumn.all()) {
            Object v = c.valueIn(sample);
            if (v == null) {
                assertThat(c.extended()).isTrue();
                assertThat(sample.frame().isExtended()).isFalse();
            } else {
                assertThat(v).isInstanceOf(c.type() == SampleColumn.Type.TIME ? Instant.class
                        : c.type() == SampleColumn.Type.FLOAT32 ? Float.class : Long.class);
            }
        }
    }
}

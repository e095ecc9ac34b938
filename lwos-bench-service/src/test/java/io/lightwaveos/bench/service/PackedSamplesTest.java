package io.lightwaveos.bench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PackedSamplesTest {

    @Test
    void everySampleComesBackEqualAcrossChunksCompactAndExtended() {
        SplittableRandom r = new SplittableRandom(5);
        List<Sample> added = new ArrayList<>();
        PackedSamples packed = new PackedSamples();
        for (int i = 0; i < 70_000; i++) {
            ExtendedFields ext = i % 7 == 0 ? new ExtendedFields((float) r.nextDouble(100), -0.0f, r.nextLong(1L << 32), 0,
                    new int[] {1, 2, 3, 4, 5, 6, 7, r.nextInt(65_536)}) : null;
            BenchmarkFrame frame = new BenchmarkFrame(r.nextLong(1L << 32), (float) (140 + r.nextGaussian()),
                    Float.MIN_VALUE, (float) r.nextDouble(), r.nextInt(65_536), r.nextInt(65_536), r.nextLong(1L << 32),
                    r.nextInt(65_536), Flags.of(r.nextInt(256)), 0, ext);
            Sample s = new Sample(3L * i + r.nextInt(3), r.nextLong(), frame);
            added.add(s);
            packed.add(s);
        }
        assertThat(packed).hasSize(added.size());
        assertThat(packed.get(65_536)).isEqualTo(added.get(65_536));
        assertThat(packed).containsExactlyElementsOf(added);
        assertThatThrownBy(() -> packed.get(added.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void valuesAreEachMetricsValueOfEverySampleItIsIn() {
        PackedSamples packed = new PackedSamples();
        List<Sample> added = ArchiveServiceTest.samples(70_000, 9, 0);
        added.forEach(packed::add);

        Map<Metric, double[]> values = packed.values();
        assertThat(values.keySet()).containsExactlyElementsOf(Metric.all());
        for (Metric m : Metric.all()) {
            double[] expected = added.stream().filter(s -> m.isPresentIn(s.frame()))
                    .mapToDouble(s -> m.read(s.frame())).toArray();
            assertThat(values.get(m)).as(m.id()).isEqualTo(expected);
        }
        assertThat(values.get(Metric.AVG_DC_AGC_US)).hasSize(10_000);
    }

    @Test
    void compactSamplesHaveNoExtendedValues() {
        PackedSamples packed = new PackedSamples();
        ArchiveServiceTest.samples(20, 9, 0).stream().filter(s -> !s.frame().isExtended()).forEach(packed::add);

        assertThat(packed.values().get(Metric.AVG_TOTAL_US)).hasSize(17);
        assertThat(packed.values().get(Metric.AVG_DC_AGC_US)).isEmpty();
    }
}

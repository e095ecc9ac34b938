package io.lightwaveos.bench.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.FrameEncoder;
import io.lightwaveos.bench.frame.FrameView;
import org.junit.jupiter.api.Test;

class MetricTest {

    private final BenchmarkFrame compact = BenchmarkFrame.compact(100, 150.5f, 70.25f, 0.7525f, 400, 120, 5, 2, Flags.of(3), 0);
    private final BenchmarkFrame extended = new BenchmarkFrame(100, 150.5f, 70.25f, 0.7525f, 400, 120, 5, 2, Flags.of(3), 0,
            new ExtendedFields(22.5f, 34.75f, 9, 0, new int[] {1, 2, 3, 4, 5, 6, 7, 8}));

    @Test
    void registryHoldsTheSpecMetricsInOrder() {
        assertThat(Metric.ids()).containsExactly("avg_total_us", "avg_goertzel_us", "cpu_load_percent",
                "peak_total_us", "peak_goertzel_us", "avg_dc_agc_us", "avg_chroma_us");
        assertThat(Metric.compact()).hasSize(5).noneMatch(Metric::extendedOnly);
        assertThat(Metric.all()).allMatch(m -> m.direction() == Direction.LOWER_IS_BETTER);
        assertThat(Metric.CPU_LOAD_PERCENT.unit()).isEqualTo("%");
        assertThat(Metric.AVG_TOTAL_US.unit()).isEqualTo("µs");
    }

    @Test
    void readsEachMetricFromFramesAndViewsAlike() {
        FrameView view = new FrameView();
        byte[] wire = FrameEncoder.encode(extended);
        view.wrap(wire, 0, wire.length);
        for (Metric m : Metric.all()) {
            assertThat(m.read(view)).as(m.id()).isEqualTo(m.read(extended));
        }
        assertThat(Metric.AVG_TOTAL_US.read(compact)).isEqualTo(150.5);
        assertThat(Metric.PEAK_TOTAL_US.read(compact)).isEqualTo(400.0);
        assertThat(Metric.AVG_CHROMA_US.read(extended)).isEqualTo(34.75);
    }

    @Test
    void extendedOnlyMetricIsAbsentFromCompactFrames() {
        assertThat(Metric.AVG_DC_AGC_US.isPresentIn(compact)).isFalse();
        assertThat(Metric.AVG_DC_AGC_US.isPresentIn(extended)).isTrue();
        assertThatThrownBy(() -> Metric.AVG_DC_AGC_US.read(compact))
                .hasMessageContaining("only in extended frames");
    }

    @Test
    void cpuLoadIsDerivedFromAverageTotalAndNothingElseIsDerived() {
        assertThat(Metric.CPU_LOAD_PERCENT.derivedFrom()).contains(Metric.AVG_TOTAL_US);
        assertThat(Metric.all().stream().filter(Metric::isDerived)).containsExactly(Metric.CPU_LOAD_PERCENT);
        assertThat(Metric.AVG_TOTAL_US.derivedFrom()).isEmpty();
    }

    @Test
    void lookupByIdNamesTheKnownMetricsWhenUnknown() {
        assertThat(Metric.byId("cpu_load_percent")).contains(Metric.CPU_LOAD_PERCENT);
        assertThat(Metric.byId("nope")).isEmpty();
        assertThatThrownBy(() -> Metric.requireById("nope"))
                .hasMessageStartingWith("unknown metric \"nope\"; known metrics: [avg_total_us");
    }

    @Test
    void directionJsonNamesRoundTrip() {
        for (Direction d : Direction.values()) {
            assertThat(Direction.fromJsonName(d.jsonName())).isEqualTo(d);
        }
        assertThatThrownBy(() -> Direction.fromJsonName("down")).hasMessageContaining("lower_is_better");
    }
}

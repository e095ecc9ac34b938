package io.lightwaveos.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.metric.Direction;
import org.junit.jupiter.api.Test;

class MeasureSetTest {

    @Test
    void builderKeepsRecordedOrderAndDirections() {
        MeasureSet set = MeasureSet.builder("native")
                .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
                .record("snr_db", new double[] {45.1, 45.3}, "dB", Direction.HIGHER_IS_BETTER)
                .report("sample_rate_hz", 44100, "Hz")
                .build();
        assertThat(set.measures()).extracting(Measure::name).containsExactly("latency_ms", "snr_db", "sample_rate_hz");
        assertThat(set.get("native", "latency_ms")).get().extracting(Measure::gated).isEqualTo(true);
        assertThat(set.get("native", "sample_rate_hz").orElseThrow().direction()).isEmpty();
        assertThat(set.get("native", "snr_db").orElseThrow().count()).isEqualTo(2);
    }

    @Test
    void appendCollectsRepeatsInCallOrder() {
        MeasureSet set = MeasureSet.builder("esp-idf")
                .append("spi_us", 18, "us", Direction.LOWER_IS_BETTER)
                .append("other", 1, "", Direction.LOWER_IS_BETTER)
                .append("spi_us", 19, "us", Direction.LOWER_IS_BETTER)
                .build();
        assertThat(set.measures()).extracting(Measure::name).containsExactly("spi_us", "other");
        assertThat(set.get("esp-idf", "spi_us").orElseThrow().values()).containsExactly(18, 19);
    }

    @Test
    void appendRefusesAnotherUnit() {
        MeasureSet.Builder b = MeasureSet.builder("esp-idf").append("spi_us", 18, "us", Direction.LOWER_IS_BETTER);
        assertThatThrownBy(() -> b.append("spi_us", 18, "ms", Direction.LOWER_IS_BETTER))
                .hasMessageContaining("esp-idf:spi_us").hasMessageContaining("\"ms\"");
    }

    @Test
    void sameSuiteAndNameTwiceIsRefused() {
        MeasureSet.Builder b = MeasureSet.builder("native").record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER);
        assertThatThrownBy(() -> b.record("latency_ms", 9, "ms", Direction.LOWER_IS_BETTER))
                .hasMessage("native:latency_ms is recorded twice; each measure once per run");
    }

    @Test
    void bareNameInTwoSuitesIsAmbiguous() {
        MeasureSet set = MeasureSet.builder("native")
                .record("cpu_load_percent", 34.8, "%", Direction.LOWER_IS_BETTER)
                .add(Measure.of("vitals", "cpu_load_percent", "%", Direction.LOWER_IS_BETTER, 30))
                .build();
        assertThat(set.find(MeasureRef.parse("vitals:cpu_load_percent")).orElseThrow().mean()).isEqualTo(30);
        assertThatThrownBy(() -> set.find(MeasureRef.parse("cpu_load_percent")))
                .hasMessageContaining("[native:cpu_load_percent, vitals:cpu_load_percent]");
        assertThat(set.find(MeasureRef.parse("latency_ms"))).isEmpty();
    }

    @Test
    void valuesAreCopiedAndFinite() {
        double[] values = {1, 2};
        Measure m = Measure.of("jmh", "a.B.c", "ns/op", Direction.LOWER_IS_BETTER, values);
        values[0] = 99;
        m.values()[1] = 99;
        assertThat(m.values()).containsExactly(1, 2);
        assertThatThrownBy(() -> Measure.of("jmh", "x", "", null, 1, Double.NaN))
                .hasMessage("jmh:x: values must be finite numbers, got NaN at repeat 2");
        assertThatThrownBy(() -> Measure.of("jmh", "x", "", null))
                .hasMessageContaining("at least one value");
        assertThatThrownBy(() -> MeasureSet.builder("x").append("y", Double.POSITIVE_INFINITY, "", null))
                .hasMessageContaining("finite");
    }

    @Test
    void namesAreCheckedForLengthAndControlCharacters() {
        assertThatThrownBy(() -> Measure.of("native", "a".repeat(201), "", null, 1))
                .hasMessageStartingWith("a measure name must be at most 200 characters, got 201");
        assertThat(Measure.of("native", "a".repeat(200), "", null, 1).name()).hasSize(200);
        assertThatThrownBy(() -> Measure.of("native", "bad\u001b[2Jname", "", null, 1))
                .hasMessage("a measure name must not hold control characters, got \"bad\\e[2Jname\"");
        assertThatThrownBy(() -> Measure.of("Native", "x", "", null, 1)).hasMessageStartingWith("a suite must be");
        assertThatThrownBy(() -> Measure.of("native", " ", "", null, 1)).hasMessageStartingWith("a measure name must not be empty");
        assertThatThrownBy(() -> Measure.of("native", "x", "u\nnit", null, 1)).hasMessageStartingWith("a unit must be");
    }

    @Test
    void emptySetIsEmpty() {
        assertThat(MeasureSet.builder("x").build()).isSameAs(MeasureSet.empty());
        assertThat(MeasureSet.empty().isEmpty()).isTrue();
    }
}

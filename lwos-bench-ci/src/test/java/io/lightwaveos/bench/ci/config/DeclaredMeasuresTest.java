package io.lightwaveos.bench.ci.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import org.junit.jupiter.api.Test;

class DeclaredMeasuresTest {

    private static final MeasureSet IMPORTED = MeasureSet.of(java.util.List.of(
            Measure.of("native", "snr_db", "dB", Direction.HIGHER_IS_BETTER, 45.2),
            Measure.of("native", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 8.4),
            Measure.of("native", "buffer_size", "", null, 512),
            Measure.of("jmh", "decode", "ns/op", Direction.LOWER_IS_BETTER, 98, 99, 97)));

    private static CiConfig parse(String yaml) {
        return ConfigReader.parse(yaml, "lwos-bench.yml");
    }

    @Test
    void withoutDeclarationsTheImportersUnitsAndDirectionsStay() {
        DeclaredMeasures d = DeclaredMeasures.apply(CiConfig.defaults(), IMPORTED);
        assertThat(d.measures()).isEqualTo(IMPORTED);
        assertThat(d.notes()).isEmpty();
    }

    @Test
    void aDeclaredUnitOrDirectionReplacesTheImportersAndAnUndeclaredMeasureKeepsItsOwn() {
        CiConfig c = parse("measures:\n  buffer_size: {unit: samples, direction: higher}\n"
                + "  jmh:decode: {direction: lower, warn: \"+3%\", fail: \"+5%\"}\n");
        DeclaredMeasures d = DeclaredMeasures.apply(c, IMPORTED);
        Measure buffer = d.measures().get("native", "buffer_size").orElseThrow();
        assertThat(buffer.unit()).isEqualTo("samples");
        assertThat(buffer.direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(buffer.values()).containsExactly(512);
        assertThat(d.measures().get("native", "latency_ms")).contains(IMPORTED.get("native", "latency_ms").orElseThrow());
        assertThat(d.measures().get("jmh", "decode").orElseThrow().values()).containsExactly(98, 99, 97);
        assertThat(d.notes()).as("an empty unit and no direction contradict nothing").isEmpty();
    }

    @Test
    void aDeclarationThatContradictsTheImporterIsSaidInOneLine() {
        CiConfig c = parse("name: x\nmeasures:\n  snr_db: {unit: dBFS, direction: lower}\n  latency_ms: {unit: ms}\n");
        DeclaredMeasures d = DeclaredMeasures.apply(c, IMPORTED);
        assertThat(d.measures().get("native", "snr_db").orElseThrow().unit()).isEqualTo("dBFS");
        assertThat(d.measures().get("native", "snr_db").orElseThrow().direction()).contains(Direction.LOWER_IS_BETTER);
        assertThat(d.notes()).containsExactly("native:snr_db: lwos-bench.yml:3 declares unit dBFS where the file says dB"
                + " and direction lower_is_better where the importer says higher_is_better; stored as declared");
    }

    @Test
    void aKeyWithItsSuiteWinsOverABareOne() {
        CiConfig c = parse("measures:\n  latency_ms: {unit: s}\n  native:latency_ms: {unit: ms}\n");
        DeclaredMeasures d = DeclaredMeasures.apply(c, IMPORTED);
        assertThat(d.measures().get("native", "latency_ms").orElseThrow().unit()).isEqualTo("ms");
        assertThat(d.notes()).isEmpty();
    }
}

package io.lightwaveos.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MeasureRefTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "native:latency_ms|native|latency_ms",
            "latency_ms|-|latency_ms",
            "jmh:io.x.Bench.run(size=64)|jmh|io.x.Bench.run(size=64)",
            "io.x.Bench.run|-|io.x.Bench.run",
            "hyperfine:sleep 0.1; echo a:b|hyperfine|sleep 0.1; echo a:b",
            "sleep 0.1; echo a:b|-|sleep 0.1; echo a:b",
            "Native:x|-|Native:x",
            "google-benchmark:BM_Goertzel/512|google-benchmark|BM_Goertzel/512"})
    void splitsOnTheFirstColonOnlyAfterAValidSuite(String text, String suite, String name) {
        MeasureRef ref = MeasureRef.parse(text);
        assertThat(ref.suite()).isEqualTo(suite);
        assertThat(ref.name()).isEqualTo(name);
        assertThat(ref.toString()).isEqualTo(text);
    }

    @Test
    void suiteWithoutNameIsRefused() {
        assertThatThrownBy(() -> MeasureRef.parse("native:"))
                .hasMessage("expected suite:name, got \"native:\" with no name");
        assertThatThrownBy(() -> MeasureRef.parse("")).hasMessageStartingWith("a measure name must not be empty");
    }
}

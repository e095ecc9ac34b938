package io.lightwaveos.bench.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HolmTest {

    @Test
    void stepsDownAndKeepsTheAdjustedValuesMonotone() {
        // Sorted: 0.01 (x4) = 0.04, 0.02 (x3) = 0.06, 0.03 (x2) = 0.06 (monotone max), 0.04 (x1) = 0.06.
        Double[] adjusted = Holm.adjust(new Double[] {0.03, 0.01, 0.04, 0.02});
        assertThat(adjusted[1]).isCloseTo(0.04, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(adjusted[3]).isCloseTo(0.06, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(adjusted[0]).isCloseTo(0.06, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(adjusted[2]).isCloseTo(0.06, org.assertj.core.data.Offset.offset(1e-15));
    }

    @Test
    void nullsAreOutsideTheFamilyAndStayNull() {
        Double[] adjusted = Holm.adjust(new Double[] {null, 0.02, null, 0.5});
        assertThat(adjusted[0]).isNull();
        assertThat(adjusted[2]).isNull();
        assertThat(adjusted[1]).isEqualTo(0.04);
        assertThat(adjusted[3]).isEqualTo(0.5);
    }

    @Test
    void adjustedValuesAreCappedAtOne() {
        assertThat(Holm.adjust(new Double[] {0.6, 0.7, 0.9})).containsExactly(1.0, 1.0, 1.0);
    }
}

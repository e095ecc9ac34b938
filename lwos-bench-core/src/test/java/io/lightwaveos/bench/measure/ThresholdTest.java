package io.lightwaveos.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.metric.Direction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdTest {

    @ParameterizedTest
    @CsvSource({"+20%,20", "-5%,-5", "+100%,100", "12.5%,12.5", "-0.5%,-0.5", "+.5%,0.5"})
    void parsesSignedPercents(String text, double expected) {
        assertThat(Threshold.parsePercent(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "+20 %", "++20%", "-%", "20%%", "NaN%", "1e3%", " +20%", ""})
    void refusesAnythingElse(String text) {
        assertThatThrownBy(() -> Threshold.parsePercent(text)).hasMessageStartingWith("expected a signed percent");
    }

    @Test
    void readsTheBaselineStrings() {
        Threshold t = Threshold.parse("-5%", "-10%", "higher_is_better");
        assertThat(t).isEqualTo(new Threshold(-5, -10, Direction.HIGHER_IS_BETTER));
        assertThat(t.warningText()).isEqualTo("-5%");
        assertThat(Threshold.parse("+15%", "+30%", "lower_is_better").failureText()).isEqualTo("+30%");
        assertThat(Threshold.formatPercent(12.5)).isEqualTo("+12.5%");
        assertThatThrownBy(() -> Threshold.parse("+1%", "+2%", "up")).hasMessageContaining("lower_is_better or higher_is_better");
    }
}

package io.lightwaveos.bench.analysis.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.metric.Direction;
import org.junit.jupiter.api.Test;

class AllowanceTest {

    @Test
    void parsesRelativeAndAbsoluteForms() {
        assertThat(Allowance.parse("+5%")).isEqualTo(new Allowance(5, true));
        assertThat(Allowance.parse("7.5%")).isEqualTo(new Allowance(7.5, true));
        assertThat(Allowance.parse("+12.5")).isEqualTo(new Allowance(12.5, false));
        assertThat(Allowance.parse(" 3 ")).isEqualTo(new Allowance(3, false));
        assertThat(Allowance.parse("+0%")).isEqualTo(new Allowance(0, true));
    }

    @Test
    void limitsLieInTheBadDirection() {
        assertThat(Allowance.parse("+5%").limit(160, Direction.LOWER_IS_BETTER)).isEqualTo(168.0);
        assertThat(Allowance.parse("+5%").limit(160, Direction.HIGHER_IS_BETTER)).isEqualTo(152.0);
        assertThat(Allowance.parse("+12.5").limit(160, Direction.LOWER_IS_BETTER)).isEqualTo(172.5);
        assertThat(Allowance.parse("+12.5").limit(160, Direction.HIGHER_IS_BETTER)).isEqualTo(147.5);
    }

    @Test
    void writesTheBaselineFileForm() {
        assertThat(new Allowance(5, true).text()).isEqualTo("+5%");
        assertThat(new Allowance(12.5, false).text()).isEqualTo("+12.5");
        assertThat(Allowance.parse(new Allowance(0.1, true).text())).isEqualTo(new Allowance(0.1, true));
    }

    @Test
    void malformedAllowancesAreRefusedSayingWhatWasExpected() {
        assertThatThrownBy(() -> Allowance.parse("5 percent"))
                .hasMessage("expected an allowance like \"+5%\" (relative) or \"+12.5\" (absolute), found \"5 percent\"");
        assertThatThrownBy(() -> Allowance.parse("-5%"))
                .hasMessageEndingWith("allowances are magnitudes in the bad direction, write it without the minus sign");
        assertThatThrownBy(() -> Allowance.parse("")).hasMessageContaining("found \"\"");
    }
}

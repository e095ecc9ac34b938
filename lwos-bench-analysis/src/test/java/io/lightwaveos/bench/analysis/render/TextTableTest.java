package io.lightwaveos.bench.analysis.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsTextLeftAndNumbersRightWithoutTrailingBlanks() {
        TextTable t = new TextTable().left("metric").right("mean").left("verdict");
        t.row("avg_total_us", "146.25", "regressed");
        t.row("cpu", "0.7638", null);
        assertThat(t.toString()).isEqualTo("""
                metric          mean  verdict
                avg_total_us  146.25  regressed
                cpu           0.7638
                """);
    }

    @Test
    void colourCodesDoNotCountTowardsTheWidth() {
        TextTable t = new TextTable().indent("  ").left("status").right("n");
        t.row(Style.ANSI.bad("fail"), "1");
        t.row("pass", "10");
        String[] lines = t.toString().split("\n");
        assertThat(lines[1]).isEqualTo("  \u001b[31mfail\u001b[0m     1");
        assertThat(lines[2]).isEqualTo("  pass    10");
        assertThat(Style.PLAIN.bad("fail")).isEqualTo("fail");
    }

    @Test
    void aRowMustHaveOneCellPerColumn() {
        assertThatThrownBy(() -> new TextTable().left("a").row("1", "2"))
                .hasMessage("expected 1 cells, got 2");
    }
}

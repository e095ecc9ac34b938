package io.lightwaveos.bench.analysis;

import static io.lightwaveos.bench.analysis.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.analysis.ReferenceData;
import org.junit.jupiter.api.Test;

/** Tails and quantiles against scipy at the extremes (tiny p, huge and fractional df). */
class TailsTest {

    private final JsonNode reference = ReferenceData.extraCases().get("distributions");

    @Test
    void studentTwoSidedTailIsRelativelyAccurateDownToTinyP() {
        JsonNode cases = reference.get("student_two_sided");
        assertThat(cases.size()).isGreaterThan(10);
        for (JsonNode c : cases) {
            double t = c.get("t").asDouble();
            double df = c.get("df").asDouble();
            assertClose("p(t=" + t + ", df=" + df + ")", Tails.studentTwoSided(t, df), c.get("p"));
        }
    }

    @Test
    void studentQuantileMatchesScipyPpf() {
        for (JsonNode c : reference.get("student_quantile")) {
            double df = c.get("df").asDouble();
            assertClose("t.ppf(0.975, " + df + ")", Tails.studentQuantile(c.get("prob").asDouble(), df), c.get("q"));
        }
    }

    @Test
    void normalTwoSidedTailIsRelativelyAccurateFarOut() {
        for (JsonNode c : reference.get("normal_two_sided")) {
            double z = c.get("z").asDouble();
            assertClose("2 sf(" + z + ")", Tails.normalTwoSided(z), c.get("p"));
        }
    }

    @Test
    void pValueIsNeverComputedAsOneMinusCdf() {
        // 1 - cdf would be exactly 0 here; the tail keeps the digits.
        assertThat(Tails.studentTwoSided(40, 50)).isPositive().isLessThan(1e-38);
        assertThat(Tails.normalTwoSided(30)).isPositive().isLessThan(1e-196);
    }
}

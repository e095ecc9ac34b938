package io.lightwaveos.bench.analysis.series;

import static io.lightwaveos.bench.analysis.Tolerance.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.analysis.ReferenceData;

/** The numpy series references of {@code extra_cases.json}. */
final class SeriesReference {

    static final JsonNode SERIES = ReferenceData.extraCases().get("series");

    private SeriesReference() {
    }

    static double[] x() {
        return ReferenceData.doubles(SERIES.get("x"));
    }

    /**
     * Element-wise within 1e-9 of the reference's scale (values near 0, such as a window's spread,
     * are judged against the series' magnitude, not their own).
     */
    static void assertAllClose(String what, double[] actual, JsonNode expected, double scale) {
        assertThat(actual).as(what + " length").hasSize(expected.size());
        for (int i = 0; i < actual.length; i++) {
            double e = expected.get(i).asDouble();
            if (Math.abs(e) < 1e-3 * scale) {
                assertThat(Math.abs(actual[i] - e)).as("%s[%d]: expected %s, got %s", what, i, e, actual[i])
                        .isLessThanOrEqualTo(1e-9 * scale);
            } else {
                assertClose(what + "[" + i + "]", actual[i], e);
            }
        }
    }
}

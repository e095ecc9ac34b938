package io.lightwaveos.bench.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** The agreed tolerance against numpy/scipy: 1e-9 relative, or 1e-12 absolute near 0. */
public final class Tolerance {

    public static final double RELATIVE = 1e-9;
    public static final double ABSOLUTE = 1e-12;

    private Tolerance() {
    }

    /** Asserts {@code actual} is within tolerance of {@code expected}; a JSON null expects null. */
    public static void assertClose(String what, Double actual, JsonNode expected) {
        if (expected == null || expected.isNull()) {
            assertThat(actual).as(what + " (expected null)").isNull();
            return;
        }
        assertClose(what, actual, expected.asDouble());
    }

    /** Asserts {@code actual} is within tolerance of {@code expected}. */
    public static void assertClose(String what, Double actual, double expected) {
        assertThat(actual).as(what + " (expected " + expected + ")").isNotNull();
        double allowed = Math.max(RELATIVE * Math.abs(expected), ABSOLUTE);
        assertThat(Math.abs(actual - expected))
                .as("%s: expected %s, got %s (relative error %.3e)", what, expected, actual,
                        Math.abs(actual - expected) / Math.abs(expected))
                .isLessThanOrEqualTo(allowed);
    }
}

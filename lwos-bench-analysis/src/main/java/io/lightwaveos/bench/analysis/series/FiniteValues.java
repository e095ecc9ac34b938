package io.lightwaveos.bench.analysis.series;

/** The module-wide rule for inputs: every value finite. */
final class FiniteValues {

    private FiniteValues() {
    }

    /**
     * @throws IllegalArgumentException naming the first NaN or infinite value and its index
     */
    static void require(String what, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(what + " must be finite, got " + values[i] + " at index " + i);
            }
        }
    }
}

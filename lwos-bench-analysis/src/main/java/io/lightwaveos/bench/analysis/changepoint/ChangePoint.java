package io.lightwaveos.bench.analysis.changepoint;

/**
 * One change point of a series: the level moved between run {@code index - 1} and run
 * {@code index}.
 *
 * @param index          the index of the first run of the new level, 1 … n - 1
 * @param before         mean of the segment before (from the previous change point, or the start)
 * @param after          mean of the segment after (up to the next change point, or the end)
 * @param relativeChange after / before - 1; null when {@code before} is 0
 * @param pValue         two-sided p-value of Student's t-test between the two segments,
 *                       Bonferroni-adjusted for the choice of split position (multiplied by the
 *                       number of possible splits of the two segments together, at most 1)
 */
public record ChangePoint(int index, double before, double after, Double relativeChange, double pValue) {

    /** True when the level went up (after &gt; before). */
    public boolean increase() {
        return after > before;
    }

    /** |relative change|, or 0 when it is undefined. */
    double magnitude() {
        return relativeChange == null ? 0 : Math.abs(relativeChange);
    }
}

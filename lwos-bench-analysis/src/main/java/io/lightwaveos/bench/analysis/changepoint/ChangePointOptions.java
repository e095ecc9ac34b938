package io.lightwaveos.bench.analysis.changepoint;

/**
 * Settings of the change-point detection.
 *
 * @param window       runs per sliding window of the split step, at least 2 (default 50)
 * @param maxPValue    a change point is kept when its (adjusted) p-value is below this, in (0, 1)
 *                     (default 0.001); the split step screens at 10 × this value (2 × when it is
 *                     0.05 or more, and at the value itself from 0.5 on, as Otava does)
 * @param minMagnitude a change point is kept when |after / before - 1| is at least this, &ge; 0
 *                     (default 0: any size)
 * @param minSegment   the fewest runs an interior level must last to count as a level, &ge; 1
 *                     (default 3); a shorter excursion between two change points is treated as
 *                     outlier runs. The last segment of the series is exempt, so the newest run
 *                     can show a change on its own.
 */
public record ChangePointOptions(int window, double maxPValue, double minMagnitude, int minSegment) {

    /** The default window, 50 runs. */
    public static final int DEFAULT_WINDOW = 50;
    /** The default p-value threshold, 0.001. */
    public static final double DEFAULT_MAX_P_VALUE = 0.001;
    /** The default shortest interior level, 3 runs. */
    public static final int DEFAULT_MIN_SEGMENT = 3;

    /**
     * @throws IllegalArgumentException when a value is outside the range given above
     */
    public ChangePointOptions {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2, got " + window);
        }
        if (!(maxPValue > 0 && maxPValue < 1)) {
            throw new IllegalArgumentException("maxPValue must be between 0 and 1 (exclusive), got " + maxPValue);
        }
        if (!(minMagnitude >= 0) || Double.isInfinite(minMagnitude)) {
            throw new IllegalArgumentException("minMagnitude must be a finite number >= 0, got " + minMagnitude);
        }
        if (minSegment < 1) {
            throw new IllegalArgumentException("minSegment must be at least 1, got " + minSegment);
        }
    }

    /** Window 50, p &lt; 0.001, any magnitude, levels of at least 3 runs. */
    public static ChangePointOptions defaults() {
        return new ChangePointOptions(DEFAULT_WINDOW, DEFAULT_MAX_P_VALUE, 0, DEFAULT_MIN_SEGMENT);
    }

    /** These options with another window. */
    public ChangePointOptions withWindow(int newWindow) {
        return new ChangePointOptions(newWindow, maxPValue, minMagnitude, minSegment);
    }

    /** These options with another p-value threshold. */
    public ChangePointOptions withMaxPValue(double newMaxPValue) {
        return new ChangePointOptions(window, newMaxPValue, minMagnitude, minSegment);
    }

    /** These options with another minimum magnitude. */
    public ChangePointOptions withMinMagnitude(double newMinMagnitude) {
        return new ChangePointOptions(window, maxPValue, newMinMagnitude, minSegment);
    }

    /** The p-value threshold of the split step (weak change points). */
    double weakPValue() {
        if (maxPValue < 0.05) {
            return maxPValue * 10;
        }
        return maxPValue < 0.5 ? maxPValue * 2 : maxPValue;
    }
}

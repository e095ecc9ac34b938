package io.lightwaveos.bench.web;

import java.util.List;
import java.util.Objects;

/**
 * The plot series of one run.
 *
 * @param xAxis     what the x values are
 * @param maxPoints the bound every series honours: {@code series.x().length <= maxPoints}
 * @param lastSeq   seq of the newest sample the series were read from, -1 for an empty run
 *                  (the live view asks for samples after it)
 * @param series    one entry per requested metric, in the order requested
 */
public record SeriesSet(XAxis xAxis, int maxPoints, long lastSeq, List<Series> series) {
    public SeriesSet {
        Objects.requireNonNull(xAxis, "xAxis");
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.x().length > maxPoints) {
                throw new IllegalArgumentException(s.metric().id() + " has " + s.x().length
                        + " points, more than max_points " + maxPoints);
            }
        }
    }
}

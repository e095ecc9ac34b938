/**
 * Change points in a history of runs: where a per-run statistic (say the mean avg_total_us of
 * one run per firmware build) moved to a new level and stayed there.
 *
 * <p>The method is windowed E-divisive means with a t-test for significance, as in Hunter
 * (Fleming et al., "Hunter: Using Change Point Detection to Hunt for Performance Regressions",
 * ICPE 2023) and Apache Otava:
 * <ol>
 *   <li><b>Split.</b> Sliding windows of {@code window} runs (advancing by half a window, or to the
 *   last change point found) are each divided recursively at the split that maximises the energy
 *   distance between the two sides (E-divisive, Matteson and James), as long as Student's t-test
 *   between the two sides gives p &le; 10 × the threshold. The union over all windows is the set
 *   of <i>weak</i> change points.</li>
 *   <li><b>Merge.</b> Bottom-up, the weakest point is removed and its neighbours re-tested against
 *   the segments they now separate, until every remaining point has p &lt; {@code maxPValue}, no
 *   interior segment is shorter than {@code minSegment} runs (such a short excursion is a run or
 *   two of outliers, not a new level), and every relative change is at least
 *   {@code minMagnitude}.</li>
 * </ol>
 * Two departures from Otava, both measured (they lower the false positives on noise and on
 * outlier runs several-fold at the same recall): the final p-value is Bonferroni-adjusted for the
 * choice of the split position within the two segments (the split was picked because it looks
 * most different; the unadjusted p-value overstates the evidence), and a level must last
 * {@code minSegment} runs. Variances are the usual sample variances (n - 1).
 *
 * <p>No randomness (no permutation test): the same series always gives the same change points.
 * The split only ever looks at one window at a time, so a {@link
 * io.lightwaveos.bench.analysis.changepoint.ChangePointDetector} that is fed one run at a time
 * recomputes only the windows that reach the end of the series, and its answer equals a
 * recomputation over the whole series.
 *
 * <pre>{@code
 * List<ChangePoint> points = ChangePointDetector.detect(meansPerRun, ChangePointOptions.defaults());
 * for (ChangePoint p : points) {
 *     System.out.printf("run %d: %.1f -> %.1f (p = %.1e)%n", p.index(), p.before(), p.after(), p.pValue());
 * }
 * }</pre>
 */
package io.lightwaveos.bench.analysis.changepoint;

package io.lightwaveos.bench.analysis.changepoint;

import java.util.ArrayList;
import java.util.List;

/**
 * The merge step of Hunter: from the weak change points, repeatedly drop the weakest and re-test
 * its neighbours against the segments they now separate. The order of removal: first any point
 * with p &ge; maxPValue (the largest p first), then any point bounding an interior segment
 * shorter than minSegment (the weaker of the two bounds, leftmost segment first), then the point
 * with the smallest relative change when it is below minMagnitude. Ties go to the lower index.
 * After each removal every remaining point is tested again against its new neighbours.
 */
final class Merger {

    private final Indices points = new Indices();
    private double[] pValues = new double[16];
    private int minSegment;

    List<ChangePoint> merge(double[] x, int n, Indices weak, ChangePointOptions options) {
        points.copyFrom(weak);
        minSegment = options.minSegment();
        if (pValues.length < points.size()) {
            pValues = new double[Math.max(points.size(), pValues.length * 2)];
        }
        testAll(x, n);
        while (points.size() > 0) {
            int weakest = weakest(x, n, options);
            if (weakest < 0) {
                break;
            }
            points.remove(weakest);
            // Each test reads the two segments beside its point, so all of them together read the
            // series about twice: re-testing everything is O(n) and keeps the rules simple.
            testAll(x, n);
        }
        List<ChangePoint> result = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            result.add(changePoint(x, n, i));
        }
        return result;
    }

    private void testAll(double[] x, int n) {
        for (int i = 0; i < points.size(); i++) {
            pValues[i] = adjustedP(x, n, i);
        }
    }

    private int weakest(double[] x, int n, ChangePointOptions options) {
        int worst = 0;
        for (int i = 1; i < points.size(); i++) {
            if (pValues[i] > pValues[worst]) {
                worst = i;
            }
        }
        if (!(pValues[worst] < options.maxPValue())) {
            return worst;
        }
        for (int i = 0; i + 1 < points.size(); i++) {
            if (points.get(i + 1) - points.get(i) < options.minSegment()) {
                return pValues[i + 1] > pValues[i] ? i + 1 : i;
            }
        }
        if (options.minMagnitude() > 0) {
            int smallest = 0;
            double smallestMagnitude = Double.POSITIVE_INFINITY;
            for (int i = 0; i < points.size(); i++) {
                double magnitude = changePoint(x, n, i).magnitude();
                if (magnitude < smallestMagnitude) {
                    smallestMagnitude = magnitude;
                    smallest = i;
                }
            }
            if (smallestMagnitude < options.minMagnitude()) {
                return smallest;
            }
        }
        return -1;
    }

    private int from(int i) {
        return i == 0 ? 0 : points.get(i - 1);
    }

    /**
     * The end of the segment after point i. A last point closer to the end than minSegment is
     * provisional (it may be the start of a new level, or an outlier run that the next runs will
     * show up as one): the point before it is tested as if it were not there, so that such a
     * point cannot make earlier ones appear or disappear.
     */
    private int to(int i, int n) {
        if (i + 1 == points.size()) {
            return n;
        }
        if (i + 2 == points.size() && n - points.get(i + 1) < minSegment) {
            return n;
        }
        return points.get(i + 1);
    }

    private double adjustedP(double[] x, int n, int i) {
        int a = from(i);
        int c = to(i, n);
        double p = SegmentTest.pValue(x, a, points.get(i), c);
        return Math.min(1, p * (c - a - 1));
    }

    private ChangePoint changePoint(double[] x, int n, int i) {
        int b = points.get(i);
        double before = SegmentTest.mean(x, from(i), b);
        double after = SegmentTest.mean(x, b, to(i, n));
        Double relative = before == 0 ? null : after / before - 1;
        return new ChangePoint(b, before, after, relative, pValues[i]);
    }
}

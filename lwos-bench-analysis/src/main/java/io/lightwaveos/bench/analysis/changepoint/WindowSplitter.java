package io.lightwaveos.bench.analysis.changepoint;

/**
 * E-divisive means (Matteson and James) inside one window of the series, with a t-test deciding
 * whether each split is significant: the split step of Hunter.
 *
 * <p>For a segment {@code [a, b)} the candidate is the τ maximising, over a &lt; τ &lt; κ &le; b,
 * <pre>
 *   Q(τ, κ) = 2/(n+m) Σ|X_i - Y_j| - 2m/((n+m)(n-1)) Σ_{i&lt;k}|X_i - X_k| - 2n/((n+m)(m-1)) Σ_{j&lt;k}|Y_j - Y_k|
 * </pre>
 * with X = x[a, τ) (n values) and Y = x[τ, κ) (m values); a within-sum term is 0 when its side
 * has one value. All sums come from one table of column prefix sums of |x_i - x_j| per window,
 * so a segment costs O(length²) and nothing is allocated once the table has grown to the window.
 * Ties go to the smallest τ (then κ), as numpy's argmax over Otava's Q matrix, where the
 * positions with κ &le; τ hold 0.
 */
final class WindowSplitter {

    /** prefix[c * stride + r] = Σ_{i &lt; r} |w_i - w_c| over the window's values w, for r &le; c. */
    private double[] prefix = new double[0];
    private int stride;
    private final Indices local = new Indices();

    private int candidateIndex;
    private double candidateQ;

    /**
     * Finds the weak change points of {@code x[start, end)} and appends them (as series indices,
     * ascending) to {@code out}.
     *
     * @return the largest index found, or -1 when there is none
     */
    int split(double[] x, int start, int end, double weakPValue, Indices out) {
        int length = end - start;
        fillPrefix(x, start, length);
        local.clear();
        while (true) {
            int bestIndex = -1;
            double bestQ = 0;
            int bestFrom = 0;
            int bestTo = 0;
            for (int s = 0; s <= local.size(); s++) {
                int from = s == 0 ? 0 : local.get(s - 1);
                int to = s == local.size() ? length : local.get(s);
                if (to - from < 2) {
                    continue;
                }
                candidate(from, to);
                if (bestIndex < 0 || candidateQ > bestQ) {
                    bestIndex = candidateIndex;
                    bestQ = candidateQ;
                    bestFrom = from;
                    bestTo = to;
                }
            }
            if (bestIndex < 0) {
                break;
            }
            double p = SegmentTest.pValue(x, start + bestFrom, start + bestIndex, start + bestTo);
            if (!(p <= weakPValue)) {
                break;
            }
            local.insertSorted(bestIndex);
        }
        for (int i = 0; i < local.size(); i++) {
            out.add(start + local.get(i));
        }
        return local.size() == 0 ? -1 : start + local.get(local.size() - 1);
    }

    /**
     * The candidate split of the whole of {@code x[start, end)} (end - start &ge; 2) as a series
     * index; {@link #candidateQ()} then holds its Q.
     */
    int firstCandidate(double[] x, int start, int end) {
        fillPrefix(x, start, end - start);
        candidate(0, end - start);
        return start + candidateIndex;
    }

    /** Q of the last candidate. */
    double candidateQ() {
        return candidateQ;
    }

    private void fillPrefix(double[] x, int start, int length) {
        if (prefix.length < length * length) {
            prefix = new double[length * length];
        }
        stride = length;
        for (int c = 0; c < length; c++) {
            double xc = x[start + c];
            int row = c * stride;
            double sum = 0;
            prefix[row] = 0;
            for (int r = 1; r <= c; r++) {
                sum += Math.abs(x[start + r - 1] - xc);
                prefix[row + r] = sum;
            }
        }
    }

    /** Sets {@link #candidateIndex} and {@link #candidateQ} for the window-local segment [a, b). */
    private void candidate(int a, int b) {
        double[] p = prefix;
        int s = stride;
        int bestTau = -1;
        double best = 0;
        double withinX = 0;
        for (int tau = a + 1; tau < b; tau++) {
            int n = tau - a;
            if (tau > a + 1) {
                // Σ_{a<=i<k<tau}: add column tau-1, rows a..tau-2.
                int col = (tau - 1) * s;
                withinX += p[col + tau - 1] - p[col + a];
                // Otava's Q matrix holds 0 where κ <= τ, ahead of this row's valid entries.
                if (0 > best) {
                    best = 0;
                    bestTau = tau;
                }
            }
            double cross = 0;
            double withinY = 0;
            for (int kappa = tau + 1; kappa <= b; kappa++) {
                int col = (kappa - 1) * s;
                double toX = p[col + tau] - p[col + a];
                cross += toX;
                withinY += p[col + kappa - 1] - p[col + tau];
                int m = kappa - tau;
                double nm = n + m;
                double q = 2 / nm * cross;
                if (n > 1) {
                    q -= 2.0 * m / (nm * (n - 1)) * withinX;
                }
                if (m > 1) {
                    q -= 2.0 * n / (nm * (m - 1)) * withinY;
                }
                if (bestTau < 0 || q > best) {
                    best = q;
                    bestTau = tau;
                }
            }
        }
        candidateIndex = bestTau;
        candidateQ = best;
    }
}

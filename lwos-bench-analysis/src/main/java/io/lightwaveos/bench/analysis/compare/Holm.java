package io.lightwaveos.bench.analysis.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Holm-Bonferroni step-down adjustment of a family of p-values (as statsmodels' {@code holm}). */
final class Holm {

    private Holm() {
    }

    /**
     * Adjusted p-values, index for index. Null entries are not part of the family (they do not
     * count in m) and stay null. With the m non-null p sorted ascending, the k-th (0-based) becomes
     * max over j &lt;= k of min(1, (m - j) p<sub>(j)</sub>).
     */
    static Double[] adjust(Double[] p) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            if (p[i] != null) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingDouble(i -> p[i]));
        Double[] adjusted = new Double[p.length];
        int m = order.size();
        double running = 0;
        for (int k = 0; k < m; k++) {
            int i = order.get(k);
            running = Math.max(running, Math.min(1, (m - k) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}

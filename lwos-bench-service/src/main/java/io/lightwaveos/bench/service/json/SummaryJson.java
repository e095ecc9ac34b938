package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.SummaryStat;
import java.util.Map;

/**
 * The summary object of SPEC §6: {@code {"n", "mean", "std", "min", "max", "median", "mad", "p50",
 * "p90", "p95", "p99", "p99_9", "lag1_autocorrelation", "n_eff"}}, n an integer, statistics that
 * cannot be computed null.
 */
public final class SummaryJson {

    private SummaryJson() {
    }

    /** The summary object of {@code summary}. */
    public static ObjectNode toJson(Summary summary) {
        return toJson(summary.asMap());
    }

    /**
     * The summary object of statistics by name, such as a store's cached statistics
     * ({@link Summary#asMap()} form). Every statistic of the registry ({@link SummaryStat}) is
     * written, in its order, missing ones as null; names outside the registry are left out.
     */
    public static ObjectNode toJson(Map<String, Double> stats) {
        ObjectNode node = Json.object();
        for (SummaryStat stat : SummaryStat.all()) {
            Double v = stats.get(stat.id());
            if (stat.isCount() && v != null) {
                node.put(stat.id(), v.longValue());
            } else {
                Json.putNumber(node, stat.id(), v);
            }
        }
        return node;
    }
}

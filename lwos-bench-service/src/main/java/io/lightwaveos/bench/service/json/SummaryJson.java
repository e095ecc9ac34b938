package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
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
     * ({@link Summary#asMap()} form). Every field of {@link Summary#FIELDS} is written, in that
     * order, missing ones as null; names outside that list are left out.
     */
    public static ObjectNode toJson(Map<String, Double> stats) {
        ObjectNode node = Json.object();
        for (String field : Summary.FIELDS) {
            Double v = stats.get(field);
            if (field.equals("n") && v != null) {
                node.put(field, v.longValue());
            } else {
                Json.putNumber(node, field, v);
            }
        }
        return node;
    }
}

package io.lightwaveos.bench.web.api;

import io.javalin.http.Context;
import io.lightwaveos.bench.analysis.NothingToCompareException;
import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.web.DashboardData;
import io.lightwaveos.bench.web.ResolvedRun;
import java.util.List;

/** {@code GET /api/compare?a=..&b=..&alpha=..&min_effect=..&metrics=..}: the compare/v2 document. */
public final class CompareController {

    private final DashboardData data;

    public CompareController(DashboardData data) {
        this.data = data;
    }

    /** Handles the request. */
    public void compare(Context ctx) {
        String refA = QueryParams.requiredRunRef(ctx, "a");
        String refB = QueryParams.requiredRunRef(ctx, "b");
        double alpha = QueryParams.decimal(ctx, "alpha").orElse(CompareOptions.DEFAULT_ALPHA);
        if (!(alpha > 0 && alpha < 1)) {
            throw ApiException.badRequest("alpha must be between 0 and 1 (exclusive), got " + alpha);
        }
        double minEffect = QueryParams.decimal(ctx, "min_effect").orElse(CompareOptions.DEFAULT_MIN_EFFECT);
        if (minEffect > 1000) {
            throw ApiException.badRequest("min_effect is a relative change (0.01 = 1%) and must be at most 1000, got "
                    + minEffect);
        }
        List<Metric> metrics = QueryParams.metrics(ctx, "metrics", List.of());
        ResolvedRun a = data.resolve(refA);
        ResolvedRun b = data.resolve(refB);
        try {
            ctx.json(ApiJson.compare(data.compare(a, b, new CompareOptions(alpha, minEffect, metrics))));
        } catch (NothingToCompareException e) {
            throw ApiException.badRequest("cannot compare " + refA + " with " + refB + ": " + e.getMessage());
        }
    }
}

package io.lightwaveos.bench.web.api;

import io.javalin.http.Context;
import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.json.HistoryJson;
import io.lightwaveos.bench.web.DashboardData;

/**
 * {@code GET /api/history?metric=..}: the history document ({@code lwos-bench/history/v1}) that
 * {@code history METRIC --format json} prints, of a frame metric or a measure named as the CLI names
 * it ({@code suite:name} or {@code frame:NAME} where the name alone is ambiguous), with the CLI's
 * filters as parameters: {@code stat}, {@code rig}, {@code branch}, {@code tag} (comma-separated,
 * all must match), {@code name} (glob), {@code workload}, {@code since}, {@code last},
 * {@code all_rigs}, {@code window}, {@code max_pvalue}, {@code min_magnitude}.
 * {@code GET /api/history/subjects} with the same filters lists what a history can be of there.
 */
public final class HistoryController {

    /** Longest {@code metric} accepted: a suite, a colon and a measure name of up to 200 characters. */
    public static final int MAX_SUBJECT = 300;
    /** Most runs one history covers. */
    public static final int MAX_LAST = 5000;
    /** Largest change-point window accepted. */
    public static final int MAX_WINDOW = 5000;

    private final DashboardData data;

    public HistoryController(DashboardData data) {
        this.data = data;
    }

    /** Handles {@code GET /api/history}. */
    public void history(Context ctx) {
        String name = QueryParams.text(ctx, "metric", MAX_SUBJECT).orElseThrow(() -> ApiException.badRequest(
                "missing parameter metric: expected a frame metric (" + QueryParams.knownMetrics()
                        + ") or a measure (suite:name where the name alone is ambiguous)"));
        MetricOrMeasure subject;
        try {
            subject = data.historySubject(name);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("metric: " + e.getMessage());
        }
        HistoryQuery query = query(ctx, subject.isMeasure() ? Metric.AVG_TOTAL_US : subject.metric());
        ctx.json(HistoryJson.toJson(data.history(subject.isMeasure() ? query.withMeasure(subject.measure()) : query)));
    }

    /**
     * {@code GET /api/history/subjects}: the frame metrics and the measures of the runs the filters
     * select, each with the name {@code metric} takes for it.
     */
    public void subjects(Context ctx) {
        // Only the filters count here; the query needs a metric, any will do.
        ctx.json(ApiJson.historySubjects(data.historySubjects(query(ctx, Metric.AVG_TOTAL_US))));
    }

    /** {@code GET /api/statistics}: the summary-statistic registry (ids, labels, which have an interval). */
    public void statistics(Context ctx) {
        ctx.json(ApiJson.statistics());
    }

    /** The query of the request's filters and settings, of {@code metric} (a measure's query is derived from it). */
    private static HistoryQuery query(Context ctx, Metric metric) {
        SummaryStat stat = QueryParams.text(ctx, "stat", 40).map(HistoryController::stat).orElse(SummaryStat.MEAN);
        int last = QueryParams.integer(ctx, "last", 1, MAX_LAST).orElse(HistoryQuery.DEFAULT_LAST);
        int window = QueryParams.integer(ctx, "window", 2, MAX_WINDOW).orElse(ChangePointOptions.DEFAULT_WINDOW);
        double maxP = QueryParams.decimal(ctx, "max_pvalue").orElse(ChangePointOptions.DEFAULT_MAX_P_VALUE);
        if (!(maxP > 0 && maxP < 1)) {
            throw ApiException.badRequest("max_pvalue must be between 0 and 1 (exclusive), got " + maxP);
        }
        double minMagnitude = QueryParams.decimal(ctx, "min_magnitude").orElse(0.0);
        if (minMagnitude > 1000) {
            throw ApiException.badRequest("min_magnitude is a relative change (0.02 = 2%) and must be at most 1000, got "
                    + minMagnitude);
        }
        ChangePointOptions options = new ChangePointOptions(window, maxP, minMagnitude,
                ChangePointOptions.DEFAULT_MIN_SEGMENT);
        return new HistoryQuery(metric, stat,
                QueryParams.text(ctx, "rig", QueryParams.MAX_TEXT).orElse(null),
                QueryParams.text(ctx, "branch", QueryParams.MAX_TEXT).orElse(null),
                QueryParams.tags(ctx, "tag"),
                QueryParams.text(ctx, "name", QueryParams.MAX_TEXT).orElse(null),
                QueryParams.text(ctx, "workload", QueryParams.MAX_TEXT).orElse(null),
                QueryParams.instant(ctx, "since").orElse(null),
                last, QueryParams.flag(ctx, "all_rigs"), options);
    }

    private static SummaryStat stat(String id) {
        return SummaryStat.byId(id).orElseThrow(() -> ApiException.badRequest("stat: unknown statistic \""
                + QueryParams.shorten(id) + "\"; known statistics: " + String.join(", ", SummaryStat.ids())));
    }
}

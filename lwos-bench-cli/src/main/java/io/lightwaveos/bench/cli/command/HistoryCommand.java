package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.analysis.render.Style;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.render.HistoryText;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.history.History;
import io.lightwaveos.bench.service.history.HistoryQuery;
import io.lightwaveos.bench.service.json.HistoryJson;
import io.lightwaveos.bench.service.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code history METRIC}: one statistic per run over a series of runs, with its change points. */
@Command(name = "history", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Show how a metric moved across runs (one value per run, oldest first) and where it changed:"
                + " change points by E-divisive means with a t-test (as in Apache Otava / Hunter).",
            "Runs of different rigs or workloads are not mixed unless --all-rigs is given."})
public final class HistoryCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "METRIC", description = "A frame metric (avg_total_us, cpu_load_percent, ...)"
            + " or a measure (latency_ms; suite:name when the name alone is both a frame metric and a measure, or a"
            + " measure of several suites; frame:NAME for the frame metric). A measure's value per run is its single"
            + " value, or the --stat of its repeats.")
    String metric;

    @Mixin
    HistoryFilters filters;

    @Option(names = "--stat", paramLabel = "STAT", description = "Per-run statistic: mean, p50, p95, ... (default: ${DEFAULT-VALUE}).")
    String stat = "mean";

    @Option(names = "--last", paramLabel = "N", description = "The newest N runs (default: ${DEFAULT-VALUE}).")
    int last = HistoryQuery.DEFAULT_LAST;

    @Option(names = "--window", paramLabel = "N", description = "Change-point window in runs (default: ${DEFAULT-VALUE}).")
    int window = ChangePointOptions.DEFAULT_WINDOW;

    @Option(names = "--all-rigs", description = "Mix runs of every rig and workload.")
    boolean allRigs;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text, json (lwos-bench/history/v1), csv or markdown (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    protected int run(RunService runs) {
        String f = Choice.of("--format", format, "text", "json", "csv", "markdown");
        MetricOrMeasure m;
        try {
            m = runs.histories().resolve(metric);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage(e.getMessage());
        }
        History history = runs.histories().history(filters.query(m, stat, last, window, allRigs));
        switch (f) {
            case "json" -> out().print(Json.pretty(HistoryJson.toJson(history)));
            case "csv" -> HistoryText.csv(history, out());
            case "markdown" -> HistoryText.markdown(history, out());
            default -> HistoryText.text(history, Style.forTerminal(), out());
        }
        out().flush();
        return ExitCode.OK;
    }
}

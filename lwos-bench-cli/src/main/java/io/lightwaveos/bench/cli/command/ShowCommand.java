package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.render.MeasureTable;
import io.lightwaveos.bench.cli.render.RunText;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.render.SummaryTables;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunJson;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code show RUN}: one run in full. */
@Command(name = "show", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Show a run: details, counters, events, descriptive statistics of every metric and the run's"
                + " measures (each with the statistics of its values).")
public final class ShowCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run id, unique id prefix (4+ hex characters) or name.")
    String reference;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (lwos-bench/run/v2) (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    protected int run(RunService runs) {
        String f = Choice.of("--format", format, "text", "json");
        Run run = runs.resolve(reference);
        Map<Metric, Map<String, Double>> stats = runs.statistics(run);
        List<RunEvent> events = runs.events(run.id());
        Map<Measure, Summary> measures = runs.measureSummaries(run.id());
        if (f.equals("json")) {
            out().print(Json.pretty(RunJson.withStatistics(run, stats, events, measures)));
            out().flush();
            return ExitCode.OK;
        }
        RunText.printDetails(run, out());
        out().println();
        if (stats.values().stream().allMatch(s -> s.get("n") == null || s.get("n") == 0)) {
            out().println("statistics: none (the run has no samples" + (measures.isEmpty() ? "" : "; it holds measures")
                    + ")");
        } else {
            out().println("statistics");
            SummaryTables.full(stats).indent("  ").print(out());
        }
        if (!measures.isEmpty()) {
            out().println();
            out().println("measures");
            MeasureTable.of(measures).indent("  ").print(out());
        }
        out().println();
        out().println("events");
        RunText.printEvents(events, out());
        out().flush();
        return ExitCode.OK;
    }
}

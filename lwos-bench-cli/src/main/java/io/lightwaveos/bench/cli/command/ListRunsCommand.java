package io.lightwaveos.bench.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.render.RunListTable;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.json.Json;
import io.lightwaveos.bench.service.json.RunJson;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code list-runs}: the stored runs, newest first. */
@Command(name = "list-runs", aliases = "list", sortOptions = false, mixinStandardHelpOptions = true,
        description = "List stored runs, newest first, with their cached mean avg_total_us and cpu_load_percent and"
                + " how many measures they hold (a run without samples says \"measures only\").")
public final class ListRunsCommand extends StoreCommand {

    @Option(names = "--limit", paramLabel = "N", description = "At most this many runs; 0 for all (default: ${DEFAULT-VALUE}).")
    int limit = 20;

    @Mixin
    RunFilterOptions filters = new RunFilterOptions();

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (an array of lwos-bench/run/v2 documents) (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Override
    protected int run(RunService runs) {
        String f = Choice.of("--format", format, "table", "json");
        if (limit < 0) {
            throw ExitException.usage("--limit must be 0 (all) or more, got " + limit);
        }
        List<Run> list = runs.list(filters.filter().withLimit(limit));
        Map<UUID, Integer> measures = runs.measureCounts(filters.filter().withLimit(limit));
        if (f.equals("json")) {
            ArrayNode array = Json.array();
            list.forEach(run -> array.add(RunJson.toJson(run, measures.getOrDefault(run.id(), 0))));
            out().print(Json.pretty(array));
        } else if (list.isEmpty()) {
            if (!global().quiet()) {
                err().println("No runs" + (filters.isEmpty() ? " yet." : " match.")
                        + " Collect one with: lwos-bench collect --simulate --run-name first --duration 10");
            }
        } else {
            RunListTable.of(list, measures).print(out());
        }
        out().flush();
        return ExitCode.OK;
    }
}

package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunCopy;
import io.lightwaveos.bench.service.RunSelection;
import io.lightwaveos.bench.service.RunService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code push [RUN...|--all] --to URL}: copy runs of this store to another one (a team store). */
@Command(name = "push", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Copy runs from this store (--db) to another one, usually the team's PostgreSQL store.",
            "Runs keep their ids, names, start times, context, events and samples; runs the target already has"
                    + " are skipped, so pushing again is harmless. RUNNING runs are left for later."},
        footer = {"", "Exit codes: 0 done, 1 a store failed (runs copied before it stay), 2 unknown run or bad URL."})
public final class PushCommand extends StoreCommand {

    @Parameters(paramLabel = "RUN", arity = "0..*",
            description = "Runs to push: id, unique id prefix (4+ hex characters) or name.")
    List<String> references = new ArrayList<>();

    @Option(names = "--all", description = "Push every run of this store.")
    boolean all;

    @Option(names = "--to", required = true, paramLabel = "URL|PATH",
            description = "Target store: postgresql://USER[:PASSWORD]@HOST[:PORT]/DB, or an SQLite file.")
    String to;

    @Override
    protected int run(RunService runs) {
        if (all == !references.isEmpty()) {
            throw ExitException.usage("name the runs to push, or give --all (not both)");
        }
        Map<UUID, Run> selected = new LinkedHashMap<>();
        if (all) {
            runs.list(RunSelection.ALL).forEach(r -> selected.put(r.id(), r));
        } else {
            for (String ref : references) {
                Run r = runs.resolve(ref);
                selected.put(r.id(), r);
            }
        }
        return withStore(to, targetRuns -> {
            int[] counts = new int[RunCopy.Outcome.values().length];
            new RunCopy(runs, targetRuns).copy(List.copyOf(selected.values()), e -> {
                counts[e.outcome().ordinal()]++;
                Run r = e.run();
                String what = r.id() + " \"" + r.name() + "\"";
                switch (e.outcome()) {
                    case COPIED -> out().println("pushed  " + what + " (" + r.sampleCount() + " samples)");
                    case ALREADY_THERE -> out().println("skipped " + what + ": already in the target");
                    case STILL_RUNNING -> out().println("skipped " + what + ": still RUNNING, push it when it has ended");
                }
                out().flush();
            });
            if (!global().quiet()) {
                err().println(counts[RunCopy.Outcome.COPIED.ordinal()] + " pushed, "
                        + counts[RunCopy.Outcome.ALREADY_THERE.ordinal()] + " already there, "
                        + counts[RunCopy.Outcome.STILL_RUNNING.ordinal()] + " still running; target "
                        + targetRuns.storeLocation());
            }
            return ExitCode.OK;
        });
    }
}

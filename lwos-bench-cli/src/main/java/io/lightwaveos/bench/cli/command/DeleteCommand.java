package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code delete RUN}: remove a run and everything it owns, after asking. */
@Command(name = "delete", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Delete a run with its samples, events and statistics, after asking for confirmation.",
            "A RUNNING run whose collector is still alive is refused: stop the collector first."},
        footer = {"", "Exit codes: 0 deleted or declined, 1 the run is being collected, 2 unknown run or no answer"
                + " on standard input (use --yes in scripts)."})
public final class DeleteCommand extends StoreCommand {

    @Parameters(index = "0", paramLabel = "RUN", description = "Run id, unique id prefix (4+ hex characters) or name.")
    String reference;

    @Option(names = {"-y", "--yes"}, description = "Delete without asking.")
    boolean yes;

    @Override
    protected int run(RunService runs) throws IOException {
        Run run = runs.resolve(reference);
        String what = "run " + run.id() + " \"" + run.name() + "\" (" + run.status() + ", " + run.sampleCount()
                + " samples, started " + Format.time(run.startedAt()) + ")";
        if (!yes) {
            out().print("Delete " + what + "? [y/N] ");
            out().flush();
            String answer = new BufferedReader(new InputStreamReader(root.in(), StandardCharsets.UTF_8)).readLine();
            if (answer == null || System.console() == null) {
                // Nobody typed Enter on a terminal: end the question's line ourselves.
                out().println();
            }
            if (answer == null) {
                throw ExitException.usage("no answer on standard input; nothing deleted (pass --yes to delete without asking)");
            }
            String a = answer.trim().toLowerCase(Locale.ROOT);
            if (!a.equals("y") && !a.equals("yes")) {
                out().println("Nothing deleted.");
                return ExitCode.OK;
            }
        }
        runs.delete(run.id());
        out().println("Deleted " + what + ".");
        return ExitCode.OK;
    }
}

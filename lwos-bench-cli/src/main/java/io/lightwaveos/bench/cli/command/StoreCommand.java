package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.DatabaseLocation;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.GlobalOptions;
import io.lightwaveos.bench.cli.LwosBench;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.text.Printable;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that work on the run store. Opens the store ({@code --db}, else
 * {@code $LWOS_BENCH_DB}, else {@code ~/.lwos-bench/lwos-bench.db}; see {@link DatabaseLocation}), marks runs left RUNNING by a
 * dead collector INTERRUPTED (with their statistics), hands a {@link RunService} to the command,
 * and turns store failures into exit codes ({@link Failures}).
 */
abstract class StoreCommand implements Callable<Integer> {

    @ParentCommand
    LwosBench root;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        String location;
        try {
            location = global().dbLocation();
        } catch (IllegalArgumentException e) {
            throw ExitException.usage("--db: " + e.getMessage());
        }
        try (RunStore store = createsStore() ? RunStores.open(location) : RunStores.openExisting(location)) {
            RunService runs = new RunService(store);
            for (Run r : runs.recoverOrphans()) {
                if (!global().quiet()) {
                    err().println("lwos-bench: run " + r.id() + " (\"" + Printable.of(r.name()) + "\") was left RUNNING by a"
                            + " collector that died; marked INTERRUPTED with its " + r.sampleCount() + " samples");
                }
            }
            return run(runs);
        } catch (StoreException e) {
            throw Failures.of(e);
        }
    }

    /**
     * Whether this command may create the database when there is none ({@code collect},
     * {@code import}); the others only read it and refuse a missing one, creating nothing.
     */
    protected boolean createsStore() {
        return false;
    }

    /**
     * The command's work.
     *
     * @return the exit code
     */
    protected abstract int run(RunService runs) throws Exception;

    /** The global options ({@code --db}, {@code -v}, {@code -q}) wherever they were given. */
    protected GlobalOptions global() {
        return root.global();
    }

    /** Standard output. */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Standard error: progress and diagnostics. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.DatabaseLocation;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.cli.GlobalOptions;
import io.lightwaveos.bench.cli.LwosBench;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.RunReferenceException;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.StoreCreation;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.text.Printable;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Base of the commands that work on the run store, and the CLI's composition root: the one class
 * of the front-ends that names store types. Opens the store ({@code --db}, else
 * {@code $LWOS_BENCH_DB}, else {@code ~/.lwos-bench/lwos-bench.db}; see {@link DatabaseLocation}), marks runs left RUNNING by a
 * dead collector INTERRUPTED (with their statistics), hands a {@link RunService} to the command,
 * and turns store failures into exit codes. Commands see the store only through the service.
 */
public abstract class StoreCommand implements Callable<Integer> {

    @ParentCommand
    LwosBench root;

    @Spec
    CommandSpec spec;

    /**
     * When {@code command} works on the store, loads the store's engine now (sqlite-jdbc's classes
     * and native library, {@link RunStores#prepare}), so that it is ready when the command opens the
     * store: {@code main} calls it on a second thread while picocli parses the arguments. Never throws.
     *
     * @param command  the one subcommand the arguments name
     * @param dbOption the {@code --db} value given, or null
     */
    public static void prepareStore(Class<?> command, String dbOption) {
        if (!StoreCommand.class.isAssignableFrom(command)) {
            return;
        }
        try {
            RunStores.prepare(DatabaseLocation.resolve(dbOption));
        } catch (RuntimeException e) {
            // The command meets the same problem and reports it.
        }
    }

    @Override
    public final Integer call() throws Exception {
        Integer done = withoutStore();
        if (done != null) {
            return done;
        }
        String location;
        try {
            location = global().dbLocation();
        } catch (IllegalArgumentException e) {
            throw ExitException.usage("--db: " + e.getMessage());
        }
        StoreCreation creation = createsStore() ? StoreCreation.at(location) : StoreCreation.at(null);
        RunStore store;
        try {
            store = createsStore() ? RunStores.open(location) : RunStores.openExisting(location);
        } catch (StoreException e) {
            removeQuietly(creation);
            throw failure(e);
        }
        int code = ExitCode.FAILURE;
        try {
            RunService runs = new RunService(store);
            for (Run r : runs.recoverOrphans()) {
                if (!global().quiet()) {
                    err().println("lwos-bench: run " + r.id() + " (\"" + Printable.of(r.name()) + "\") was left RUNNING by a"
                            + " collector that died; marked INTERRUPTED with its " + r.sampleCount() + " samples");
                }
            }
            code = run(runs);
            return code;
        } catch (StoreException e) {
            throw failure(e);
        } catch (RunReferenceException e) {
            throw Failures.of(e);
        } finally {
            closeOrUndo(store, creation, code == ExitCode.OK);
        }
    }

    /**
     * Opens (creating it when missing) a second store at {@code location}, such as the target of a
     * push, and hands a service over it to {@code work}; closes it afterwards and, if it was created
     * now and {@code work} did not return {@link ExitCode#OK} without storing a run, removes it again.
     *
     * @return what {@code work} returned
     */
    protected static int withStore(String location, ToIntFunction<RunService> work) {
        StoreCreation creation = StoreCreation.at(location);
        RunStore store;
        try {
            store = RunStores.open(location);
        } catch (StoreException e) {
            throw failure(e);
        }
        int code = ExitCode.FAILURE;
        try {
            code = work.applyAsInt(new RunService(store));
            return code;
        } finally {
            closeOrUndo(store, creation, code == ExitCode.OK);
        }
    }

    /**
     * A store failure: NOT_FOUND, AMBIGUOUS, INVALID (a bad database URL or an unknown database
     * included) and ACCESS_DENIED (wrong user or password) are usage errors; the rest (a server
     * that cannot be reached, a newer schema, I/O) runtime failures.
     */
    static ExitException failure(StoreException e) {
        int status = switch (e.reason()) {
            case NOT_FOUND, AMBIGUOUS, INVALID, ACCESS_DENIED -> ExitCode.USAGE;
            default -> ExitCode.FAILURE;
        };
        return new ExitException(status, e.getMessage(), e);
    }

    /**
     * Closes the store; if this command created it and failed without storing a run, removes it
     * again, so that a failed command (a missing or malformed input file, a device that never
     * answered) leaves no empty database behind.
     */
    private static void closeOrUndo(RunStore store, StoreCreation creation, boolean succeeded) {
        boolean undo = false;
        try {
            undo = !succeeded && creation.createsFile() && store.listRuns(RunFilter.ALL).isEmpty();
        } catch (StoreException e) {
            // Cannot tell whether it holds runs: keep it.
        } finally {
            store.close();
        }
        if (undo) {
            removeQuietly(creation);
        }
    }

    private static void removeQuietly(StoreCreation creation) {
        try {
            creation.undo();
        } catch (StoreException e) {
            // The command's own failure is what the user needs to hear about.
        }
    }

    /**
     * Whether this command may create the database when there is none ({@code collect},
     * {@code import}); the others only read it and refuse a missing one, creating nothing. One that
     * creates it and then fails without storing a run removes it again.
     */
    protected boolean createsStore() {
        return false;
    }

    /**
     * Work that needs no store ({@code ci --print-config}), done before any store is opened.
     *
     * @return the exit code, or null to open the store and {@link #run(RunService)}
     */
    protected Integer withoutStore() throws Exception {
        return null;
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

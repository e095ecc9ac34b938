package io.lightwaveos.bench.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes: {@code --db}, {@code -v}, {@code -q}. Inherited by subcommands. */
public final class GlobalOptions {

    @Option(names = "--db", paramLabel = "PATH|URL", scope = ScopeType.INHERIT,
            description = {"SQLite database file, or a team store's URL",
                "postgresql://USER@HOST[:PORT]/DB.",
                "Default: $LWOS_BENCH_DB if set, else",
                "~/.lwos-bench/lwos-bench.db."})
    String db;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Say more; print stack traces on errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only results and errors.")
    boolean quiet;

    /** The {@code --db} value as given (possibly empty), or null when not given. */
    public String db() {
        return db;
    }

    /** The store to use: {@code --db}, else {@code $LWOS_BENCH_DB}, else the default file. */
    public String dbLocation() {
        return DatabaseLocation.resolve(db);
    }

    /** Whether {@code -v/--verbose} was given. */
    public boolean verbose() {
        return verbose;
    }

    /** Whether {@code -q/--quiet} was given. */
    public boolean quiet() {
        return quiet;
    }
}

package io.lightwaveos.bench.cli;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Which run store a command uses (SPEC §3): {@code --db PATH|URL} if given, else the environment
 * variable {@value #ENV_VAR} if set and not blank, else {@code ~/.lwos-bench/lwos-bench.db}. A
 * {@code postgresql://} URL names a team store and is kept as it is; a path's leading {@code ~/}
 * means the home folder: {@code $HOME} when it is set, else the account's home.
 */
public final class DatabaseLocation {

    /** The environment variable that names the database when {@code --db} is not given. */
    public static final String ENV_VAR = "LWOS_BENCH_DB";

    private DatabaseLocation() {
    }

    /** The location for this process's {@code --db} value (or {@code null}), environment and home. */
    public static String resolve(String explicitOrNull) {
        return resolve(explicitOrNull, System.getenv(ENV_VAR), home(System.getenv("HOME")));
    }

    /** {@code $HOME} when set and not blank, else Java's {@code user.home} (which comes from the account). */
    static Path home(String homeEnvOrNull) {
        return homeEnvOrNull != null && !homeEnvOrNull.isBlank() ? Paths.get(homeEnvOrNull)
                : Paths.get(System.getProperty("user.home"));
    }

    /**
     * The location from the given values, for callers (and tests) with an environment of their own.
     *
     * @param explicitOrNull the {@code --db} value, or {@code null}
     * @param envValueOrNull the value of {@value #ENV_VAR}, or {@code null}
     * @param home           the user's home folder
     * @return a file path, or a URL as given
     * @throws IllegalArgumentException if {@code explicitOrNull} is empty or blank (a usage error:
     *                                  {@code --db ""} must not fall back to the default database)
     */
    public static String resolve(String explicitOrNull, String envValueOrNull, Path home) {
        if (explicitOrNull != null && explicitOrNull.isBlank()) {
            throw new IllegalArgumentException("expected a database path or URL, got an empty one");
        }
        for (String candidate : new String[] {explicitOrNull, envValueOrNull}) {
            if (candidate != null && !candidate.isBlank()) {
                String p = candidate.strip();
                if (p.contains("://")) {
                    return p;
                }
                if (p.equals("~")) {
                    return home.toString();
                }
                return (p.startsWith("~/") ? home.resolve(p.substring(2)) : Paths.get(p)).toString();
            }
        }
        return home.resolve(".lwos-bench").resolve("lwos-bench.db").toString();
    }
}

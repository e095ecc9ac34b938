package io.lightwaveos.bench.web;

import io.lightwaveos.bench.run.RunStatus;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Filters for the runs list. Every filter given must match (AND).
 *
 * @param tags         the run must carry every one of these tags (exact, case-sensitive); empty: any
 * @param nameContains case-insensitive substring of the run name; {@code null}: any
 * @param status       the run's status; {@code null}: any
 * @param limit        at most this many runs, most recently started first (1 or more)
 */
public record RunQuery(Set<String> tags, String nameContains, RunStatus status, int limit) {
    public RunQuery {
        tags = tags == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(tags));
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
    }

    /** Whether a run with these properties passes the filters (for implementations that filter in Java). */
    public boolean matches(String name, Set<String> runTags, RunStatus runStatus) {
        return runTags.containsAll(tags)
                && (status == null || status == runStatus)
                && (nameContains == null || name.toLowerCase(Locale.ROOT)
                        .contains(nameContains.toLowerCase(Locale.ROOT)));
    }
}

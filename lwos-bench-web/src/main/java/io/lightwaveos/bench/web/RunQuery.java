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
 * @param rig          the run's rig exactly; {@code null}: any
 * @param branch       the run's branch exactly; {@code null}: any
 * @param firmware     the run's firmware version exactly; {@code null}: any
 * @param workload     the run's effect name exactly; {@code null}: any (as {@code list-runs --rig},
 *                     {@code --branch}, {@code --firmware}, {@code --workload})
 */
public record RunQuery(Set<String> tags, String nameContains, RunStatus status, int limit, String rig, String branch,
        String firmware, String workload) {

    /** Filters without context filters. */
    public RunQuery(Set<String> tags, String nameContains, RunStatus status, int limit) {
        this(tags, nameContains, status, limit, null, null, null, null);
    }

    public RunQuery {
        tags = tags == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(tags));
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
    }

    /**
     * Whether a run with these properties passes the name, tag and status filters (for
     * implementations that filter in Java; the context filters are not checked here).
     */
    public boolean matches(String name, Set<String> runTags, RunStatus runStatus) {
        return runTags.containsAll(tags)
                && (status == null || status == runStatus)
                && (nameContains == null || name.toLowerCase(Locale.ROOT)
                        .contains(nameContains.toLowerCase(Locale.ROOT)));
    }
}

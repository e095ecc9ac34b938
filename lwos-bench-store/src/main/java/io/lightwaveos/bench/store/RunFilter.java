package io.lightwaveos.bench.store;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.internal.Tags;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which runs {@link RunStore#listRuns} returns. Start from {@link #ALL} and narrow it with the
 * {@code with...} methods; every condition set must hold.
 *
 * @param tags         a run must carry every one of these tags (none: no condition)
 * @param statuses     a run's status must be one of these (none: any status)
 * @param nameContains a run's name must contain this text, ignoring ASCII case ({@code null} or
 *                     empty: any name)
 * @param limit        at most this many runs, newest first; 0 for no limit
 */
public record RunFilter(Set<String> tags, Set<RunStatus> statuses, String nameContains, int limit) {

    /** Every run, newest first. */
    public static final RunFilter ALL = new RunFilter(Set.of(), Set.of(), null, 0);

    /**
     * @throws StoreException {@link Reason#INVALID} if the limit is negative or a tag breaks the tag
     *                        rule (blank, or with a comma)
     */
    public RunFilter {
        if (limit < 0) {
            throw new StoreException(Reason.INVALID, "limit must be >= 0 (0 for no limit), got " + limit);
        }
        tags = Tags.normalise(tags);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        nameContains = nameContains == null || nameContains.isEmpty() ? null : nameContains;
    }

    /** This filter, requiring every one of {@code requiredTags}. */
    public RunFilter withTags(Collection<String> requiredTags) {
        return new RunFilter(requiredTags == null ? null : new LinkedHashSet<>(requiredTags), statuses, nameContains, limit);
    }

    /** This filter, requiring one of {@code anyOf} (none: any status). */
    public RunFilter withStatuses(Collection<RunStatus> anyOf) {
        return new RunFilter(tags, anyOf == null ? null : Set.copyOf(anyOf), nameContains, limit);
    }

    /** This filter, requiring names containing {@code text} (ASCII case ignored). */
    public RunFilter withNameContains(String text) {
        return new RunFilter(tags, statuses, text, limit);
    }

    /** This filter, returning at most {@code max} runs (0: no limit). */
    public RunFilter withLimit(int max) {
        return new RunFilter(tags, statuses, nameContains, max);
    }
}

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
 * @param rig          a run's context rig must be exactly this ({@code null} or empty: any)
 * @param branch       a run's context branch must be exactly this ({@code null} or empty: any)
 * @param firmware     a run's context firmware must be exactly this ({@code null} or empty: any)
 * @param effectName   a run's workload effect name must be exactly this ({@code null} or empty: any)
 */
public record RunFilter(Set<String> tags, Set<RunStatus> statuses, String nameContains, int limit, String rig,
        String branch, String firmware, String effectName) {

    /** Every run, newest first. */
    public static final RunFilter ALL = new RunFilter(Set.of(), Set.of(), null, 0, null, null, null, null);

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
        nameContains = emptyToNull(nameContains);
        rig = emptyToNull(rig);
        branch = emptyToNull(branch);
        firmware = emptyToNull(firmware);
        effectName = emptyToNull(effectName);
    }

    /** A filter on tags, statuses, name and limit only. */
    public RunFilter(Set<String> tags, Set<RunStatus> statuses, String nameContains, int limit) {
        this(tags, statuses, nameContains, limit, null, null, null, null);
    }

    /** This filter, requiring every one of {@code requiredTags}. */
    public RunFilter withTags(Collection<String> requiredTags) {
        return new RunFilter(requiredTags == null ? null : new LinkedHashSet<>(requiredTags), statuses, nameContains,
                limit, rig, branch, firmware, effectName);
    }

    /** This filter, requiring one of {@code anyOf} (none: any status). */
    public RunFilter withStatuses(Collection<RunStatus> anyOf) {
        return new RunFilter(tags, anyOf == null ? null : Set.copyOf(anyOf), nameContains, limit, rig, branch,
                firmware, effectName);
    }

    /** This filter, requiring names containing {@code text} (ASCII case ignored). */
    public RunFilter withNameContains(String text) {
        return new RunFilter(tags, statuses, text, limit, rig, branch, firmware, effectName);
    }

    /** This filter, returning at most {@code max} runs (0: no limit). */
    public RunFilter withLimit(int max) {
        return new RunFilter(tags, statuses, nameContains, max, rig, branch, firmware, effectName);
    }

    /** This filter, requiring the rig {@code name} ({@code null}: any). */
    public RunFilter withRig(String name) {
        return new RunFilter(tags, statuses, nameContains, limit, name, branch, firmware, effectName);
    }

    /** This filter, requiring the branch {@code name} ({@code null}: any). */
    public RunFilter withBranch(String name) {
        return new RunFilter(tags, statuses, nameContains, limit, rig, name, firmware, effectName);
    }

    /** This filter, requiring the firmware version {@code version} ({@code null}: any). */
    public RunFilter withFirmware(String version) {
        return new RunFilter(tags, statuses, nameContains, limit, rig, branch, version, effectName);
    }

    /** This filter, requiring the workload effect {@code name} ({@code null}: any). */
    public RunFilter withEffectName(String name) {
        return new RunFilter(tags, statuses, nameContains, limit, rig, branch, firmware, name);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}

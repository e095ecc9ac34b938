package io.lightwaveos.bench.service;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Which runs {@link RunService#list} (and an archive export) selects. Start from {@link #ALL} and
 * narrow it with the {@code with...} methods; every condition set must hold. The conditions are
 * checked when the selection is used: a negative limit or a tag that is blank or holds a comma is
 * refused then, as the store refuses it.
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
public record RunSelection(Set<String> tags, Set<RunStatus> statuses, String nameContains, int limit, String rig,
        String branch, String firmware, String effectName) {

    /** Every run, newest first. */
    public static final RunSelection ALL = new RunSelection(Set.of(), Set.of(), null, 0, null, null, null, null);

    /** Copies the sets (order kept); {@code null} sets become empty ones. */
    public RunSelection {
        tags = tags == null ? Set.of() : java.util.Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** This selection, requiring every one of {@code requiredTags}. */
    public RunSelection withTags(Collection<String> requiredTags) {
        return new RunSelection(requiredTags == null ? null : new LinkedHashSet<>(requiredTags), statuses,
                nameContains, limit, rig, branch, firmware, effectName);
    }

    /** This selection, requiring one of {@code anyOf} (none: any status). */
    public RunSelection withStatuses(Collection<RunStatus> anyOf) {
        return new RunSelection(tags, anyOf == null ? null : Set.copyOf(anyOf), nameContains, limit, rig, branch,
                firmware, effectName);
    }

    /** This selection, requiring names containing {@code text} (ASCII case ignored). */
    public RunSelection withNameContains(String text) {
        return new RunSelection(tags, statuses, text, limit, rig, branch, firmware, effectName);
    }

    /** This selection, returning at most {@code max} runs (0: no limit). */
    public RunSelection withLimit(int max) {
        return new RunSelection(tags, statuses, nameContains, max, rig, branch, firmware, effectName);
    }

    /** This selection, requiring the rig {@code name} ({@code null}: any). */
    public RunSelection withRig(String name) {
        return new RunSelection(tags, statuses, nameContains, limit, name, branch, firmware, effectName);
    }

    /** This selection, requiring the branch {@code name} ({@code null}: any). */
    public RunSelection withBranch(String name) {
        return new RunSelection(tags, statuses, nameContains, limit, rig, name, firmware, effectName);
    }

    /** This selection, requiring the firmware version {@code version} ({@code null}: any). */
    public RunSelection withFirmware(String version) {
        return new RunSelection(tags, statuses, nameContains, limit, rig, branch, version, effectName);
    }

    /** This selection, requiring the workload effect {@code name} ({@code null}: any). */
    public RunSelection withEffectName(String name) {
        return new RunSelection(tags, statuses, nameContains, limit, rig, branch, firmware, name);
    }

    /** The store's filter for this selection (validated there). */
    RunFilter filter() {
        return new RunFilter(tags, statuses, nameContains, limit, rig, branch, firmware, effectName);
    }
}

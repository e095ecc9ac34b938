package io.lightwaveos.bench.ci.forge;

import io.lightwaveos.bench.analysis.gate.GateStatus;
import java.util.Locale;

/** A commit status's state, as both forges know it. */
public enum CommitState {
    /** The benchmark is running. */
    PENDING("pending", "pending"),
    /** Passed, or passed with warnings. */
    SUCCESS("success", "success"),
    /** A measure failed. */
    FAILURE("failure", "failed");

    private final String github;
    private final String gitlab;

    CommitState(String github, String gitlab) {
        this.github = github;
        this.gitlab = gitlab;
    }

    /** GitHub's word: {@code pending}, {@code success}, {@code failure}. */
    public String github() {
        return github;
    }

    /** GitLab's word: {@code pending}, {@code success}, {@code failed}. */
    public String gitlab() {
        return gitlab;
    }

    /** {@code pending}, {@code success}, {@code failure}: as {@code lwos-bench/ci/v1} writes it. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state of a decision: failure for {@code fail}, success for {@code pass} and {@code warn}. */
    public static CommitState of(GateStatus decision) {
        return decision == GateStatus.FAIL ? FAILURE : SUCCESS;
    }
}

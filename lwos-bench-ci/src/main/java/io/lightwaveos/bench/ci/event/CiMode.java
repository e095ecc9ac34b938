package io.lightwaveos.bench.ci.event;

import java.util.Locale;

/** What the CI job runs for, which decides the baseline (SPEC §15). */
public enum CiMode {
    /** A push (or a scheduled or manual run) on a branch: gated against that branch's own history. */
    PUSH,
    /** A pull request (GitHub) or merge request (GitLab): gated against the base branch at the merge base. */
    PULL_REQUEST;

    /** {@code push} or {@code pull_request}, as {@code lwos-bench/ci/v1} writes it. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.lightwaveos.bench.service.history;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Which commits are a commit's ancestors, for choosing a pull request's baseline
 * ({@link PullRequestBaselines}). {@link GitAncestry} asks git in a checkout; {@link #UNKNOWN} knows
 * nothing, and the baseline then falls back to exact-commit and earlier-by-time semantics.
 */
@FunctionalInterface
public interface Ancestry {

    /** Knows no commit's ancestors. */
    Ancestry UNKNOWN = (commit, candidates) -> Optional.empty();

    /**
     * The commits among {@code candidates} that are {@code commit} itself or one of its ancestors,
     * as they are spelled in {@code candidates} (full or abbreviated ids).
     *
     * @param commit     a commit id (hex, full or abbreviated)
     * @param candidates commit ids as runs recorded them
     * @return the ancestors-or-equal, or empty when this source cannot tell (no checkout, the commit
     *         is not in it, git failed)
     */
    Optional<Set<String>> ancestorsOrEqual(String commit, Collection<String> candidates);
}

package io.lightwaveos.bench.ci.forge;

/**
 * Where a CI job's report goes: a forge's API, bound to one project, one pull/merge request (when
 * there is one) and one commit. Made by {@link Forges#open}. Nothing here throws for a forge's
 * answer: each call returns a {@link ForgeResult} whose message is one line for stderr, so a forge
 * that is down or refuses the token never changes the verdict's exit code.
 */
public interface Forge {

    /** {@code GitHub}, {@code GitLab}, or what is missing. */
    String label();

    /** Whether requests can be sent at all (a token, a project); when not, {@link #unavailableReason()} says why. */
    default boolean available() {
        return true;
    }

    /** Why nothing can be posted (one line); null when {@link #available()}. */
    default String unavailableReason() {
        return null;
    }

    /**
     * Posts {@code markdown} as the pull/merge request's comment: updates the comment that holds
     * {@code marker} if there is one, else creates one. The body is the marker, a line break and the
     * report, cut to the forge's limit with a note ({@link BodyLimit}).
     *
     * @param marker   the hidden marker, {@code <!-- lwos-bench:NAME -->}
     * @param markdown the report
     * @return created or updated; skipped when this is not a pull/merge request; failed with the reason
     */
    ForgeResult upsertComment(String marker, String markdown);

    /**
     * Sets the commit status {@code context} of the commit measured.
     *
     * @param context     {@code lwos-bench/NAME}
     * @param state       the state
     * @param description one short line (cut to 140 characters)
     * @param targetUrl   the job's page, or null
     * @return sent; skipped when the commit is unknown; failed with the reason
     */
    ForgeResult setStatus(String context, CommitState state, String description, String targetUrl);

    /** A forge that cannot be used, saying why on every call. */
    static Forge unavailable(String label, String reason) {
        return new Forge() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public boolean available() {
                return false;
            }

            @Override
            public String unavailableReason() {
                return reason;
            }

            @Override
            public ForgeResult upsertComment(String marker, String markdown) {
                return ForgeResult.skipped(reason);
            }

            @Override
            public ForgeResult setStatus(String context, CommitState state, String description, String targetUrl) {
                return ForgeResult.skipped(reason);
            }

            @Override
            public String toString() {
                return label + " (unavailable: " + reason + ")";
            }
        };
    }
}

package io.lightwaveos.bench.run;

/**
 * The firmware source a run measured ({@code context.vcs}, SPEC §3): from {@code --commit} and
 * {@code --branch}, or the CI's environment ({@link CiEnvironment}).
 *
 * @param commit the commit id (any length, as given); blank becomes {@code null}
 * @param branch the branch name; blank becomes {@code null}
 */
public record Vcs(String commit, String branch) {

    /** Nothing known. */
    public static final Vcs EMPTY = new Vcs(null, null);

    public Vcs {
        commit = Texts.blankToNull(commit);
        branch = Texts.blankToNull(branch);
    }

    /** Each field of this one, or {@code fallback}'s where this one is {@code null}. */
    public Vcs orElse(Vcs fallback) {
        return new Vcs(commit != null ? commit : fallback.commit, branch != null ? branch : fallback.branch);
    }
}

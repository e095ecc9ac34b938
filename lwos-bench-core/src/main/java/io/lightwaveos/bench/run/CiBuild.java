package io.lightwaveos.bench.run;

/**
 * The CI build that collected a run ({@code context.ci}, SPEC §3), detected by
 * {@link CiEnvironment}.
 *
 * @param provider {@code github}, {@code gitlab}, {@code jenkins} or {@code buildkite}; blank becomes
 *                 {@code null}
 * @param buildUrl the build's web page; blank becomes {@code null}
 */
public record CiBuild(String provider, String buildUrl) {

    /** Not collected by a known CI. */
    public static final CiBuild EMPTY = new CiBuild(null, null);

    public CiBuild {
        provider = Texts.blankToNull(provider);
        buildUrl = Texts.blankToNull(buildUrl);
    }

    /** Each field of this one, or {@code fallback}'s where this one is {@code null}. */
    public CiBuild orElse(CiBuild fallback) {
        return new CiBuild(provider != null ? provider : fallback.provider,
                buildUrl != null ? buildUrl : fallback.buildUrl);
    }
}

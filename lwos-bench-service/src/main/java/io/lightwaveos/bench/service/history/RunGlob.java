package io.lightwaveos.bench.service.history;

/**
 * A run-name glob: {@code *} any text, {@code ?} one character, everything else literal.
 *
 * <p>Matched with the two-pointer wildcard match (on a mismatch, go back to just after the last
 * {@code *} and let it swallow one more character), not a regular expression: a regex engine
 * backtracks into every earlier star, so {@code *a*a*a*a*a*b} against 200 {@code a}s takes
 * exponential time, while this takes at most name length × glob length steps. Only the last star
 * needs revisiting: anything an earlier star could swallow instead, the later one can too.
 */
final class RunGlob {

    private final int[] glob;

    private RunGlob(String glob) {
        this.glob = glob.codePoints().toArray();
    }

    /** The glob {@code glob} ({@code *} and {@code ?} are its only special characters). */
    static RunGlob of(String glob) {
        return new RunGlob(glob);
    }

    /** Whether the whole of {@code name} matches; {@code ?} stands for one code point. */
    boolean matches(String name) {
        int[] text = name.codePoints().toArray();
        int t = 0;
        int g = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length) {
            if (g < glob.length && (glob[g] == '?' || glob[g] != '*' && glob[g] == text[t])) {
                t++;
                g++;
            } else if (g < glob.length && glob[g] == '*') {
                star = g++;
                resume = t;
            } else if (star >= 0) {
                g = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length && glob[g] == '*') {
            g++;
        }
        return g == glob.length;
    }
}

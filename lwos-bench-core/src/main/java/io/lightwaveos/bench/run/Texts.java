package io.lightwaveos.bench.run;

/** Text normalisation shared by the context types. */
final class Texts {

    private Texts() {
    }

    /** What {@link #bounded} puts in place of the characters it cuts. */
    static final String CUT_MARK = "…[cut]";

    /** {@code text} stripped and {@link #bounded}, or {@code null} when it is null or blank. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : bounded(text.strip());
    }

    /**
     * {@code text} when it has at most {@link RunContext#MAX_TEXT_LENGTH} characters, else its
     * start followed by {@link #CUT_MARK}, {@link RunContext#MAX_TEXT_LENGTH} characters in all
     * (never splitting a surrogate pair), so bounding twice changes nothing; {@code null} stays null.
     */
    static String bounded(String text) {
        if (text == null || text.length() <= RunContext.MAX_TEXT_LENGTH) {
            return text;
        }
        int keep = RunContext.MAX_TEXT_LENGTH - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + CUT_MARK;
    }
}

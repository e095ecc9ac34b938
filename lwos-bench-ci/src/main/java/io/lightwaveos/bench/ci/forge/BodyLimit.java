package io.lightwaveos.bench.ci.forge;

import java.util.Locale;

/**
 * Cuts a Markdown report to fit a forge's size limit, at a line end where it can, closing a code
 * block left open, and saying that it was cut and where the whole report is.
 */
public final class BodyLimit {

    /** GitHub's limit on a comment body, in characters. */
    public static final int GITHUB_COMMENT = 65_536;
    /** GitLab's limit on a note body, in characters. */
    public static final int GITLAB_NOTE = 1_000_000;
    /** GitHub's limit on one step's job summary, in bytes of UTF-8. */
    public static final int STEP_SUMMARY_BYTES = 1024 * 1024;

    /** What closes a code block left open by the cut. */
    private static final String FENCE = "\n```";

    private BodyLimit() {
    }

    /**
     * {@code text} when it has at most {@code maxChars} characters (UTF-16 units, which is never
     * fewer than the forge counts), else its start, cut at a line end, followed by a note; the result
     * has at most {@code maxChars} characters.
     *
     * @param where the limit's name for the note: {@code the GitHub comment limit}
     * @throws IllegalArgumentException when {@code maxChars} leaves no room for the note
     */
    public static String fitChars(String text, int maxChars, String where) {
        if (text.length() <= maxChars) {
            return text;
        }
        String note = note(text.length(), where, maxChars, "characters");
        int budget = maxChars - note.length() - FENCE.length();
        if (budget < 1) {
            throw new IllegalArgumentException("a limit of " + maxChars + " characters leaves no room for the note");
        }
        return cut(text, budget) + note;
    }

    /**
     * {@code text} when its UTF-8 encoding has at most {@code maxBytes} bytes, else its start cut at
     * a line end, followed by a note; the result's UTF-8 encoding has at most {@code maxBytes} bytes.
     *
     * @param where the limit's name for the note: {@code the job summary limit}
     * @throws IllegalArgumentException when {@code maxBytes} leaves no room for the note
     */
    public static String fitUtf8(String text, int maxBytes, String where) {
        long total = utf8Length(text, text.length());
        if (total <= maxBytes) {
            return text;
        }
        String note = note(text.length(), where, maxBytes, "bytes");
        long budget = maxBytes - utf8Length(note, note.length()) - FENCE.length();
        if (budget < 1) {
            throw new IllegalArgumentException("a limit of " + maxBytes + " bytes leaves no room for the note");
        }
        int chars = 0;
        long bytes = 0;
        while (chars < text.length()) {
            int cp = text.codePointAt(chars);
            int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes + n > budget) {
                break;
            }
            bytes += n;
            chars += Character.charCount(cp);
        }
        return cut(text, chars) + note;
    }

    /** The first {@code budget} characters or fewer, ending at a line end when one is in the last half, fences closed. */
    private static String cut(String text, int budget) {
        int end = Math.min(budget, text.length());
        if (end > 0 && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int nl = text.lastIndexOf('\n', end - 1);
        if (nl >= end / 2) {
            end = nl;
        }
        String head = text.substring(0, end);
        int fences = 0;
        for (String line : head.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                fences++;
            }
        }
        return fences % 2 == 1 ? head + FENCE : head;
    }

    private static String note(int length, String where, int limit, String unit) {
        return String.format(Locale.ROOT, "\n\n> **Cut:** this report of %,d characters was cut here to stay under %s "
                + "(%,d %s). The whole report is in the job summary and the job's artifacts.\n", length, where, limit, unit);
    }

    private static long utf8Length(CharSequence s, int end) {
        long n = 0;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}

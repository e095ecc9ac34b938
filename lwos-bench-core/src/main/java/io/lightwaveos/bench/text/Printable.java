package io.lightwaveos.bench.text;

/**
 * The one place text from outside (a device's messages, run names and tags read from a store or a
 * file, a file's cells quoted in an error) is made safe to print: control characters (C0, DEL,
 * C1) and the Unicode controls that reorder or hide text (bidi overrides and isolates, zero-width
 * joiners, line and paragraph separators) become visible escapes such as {@code \e}, {@code \n}
 * or {@code \u202e}, so nothing read can move the cursor, clear a terminal, ring its bell or
 * forge a line of output; and long text is cut, saying how much was left out.
 */
public final class Printable {

    /** How many characters {@link #of(String)} keeps. */
    public static final int DEFAULT_MAX = 200;

    private Printable() {
    }

    /**
     * {@code text} escaped and cut to {@link #DEFAULT_MAX} characters; {@code null} stays null.
     */
    public static String of(String text) {
        return truncate(text, DEFAULT_MAX);
    }

    /**
     * {@code text} escaped and cut to at most {@code max} characters of the original, followed by
     * {@code … (N more characters)} when cut; {@code null} stays null.
     *
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public static String truncate(String text, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must be 0 or more, got " + max);
        }
        if (text == null) {
            return null;
        }
        int end = Math.min(text.length(), max);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        String head = escape(text.substring(0, end));
        return end == text.length() ? head : head + "… (" + (text.length() - end) + " more characters)";
    }

    /** {@code text} with every control character escaped, nothing cut; {@code null} stays null. */
    public static String escape(String text) {
        if (text == null || indexOfControl(text) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isControl(c)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x1B -> sb.append("\\e");
                default -> sb.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            }
        }
        return sb.toString();
    }

    /** The index of the first control character in {@code text}, or -1 when there is none. */
    public static int indexOfControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code c} is a control character as this class means it: C0 (tab and line ends
     * included), DEL, C1, and the invisible Unicode formatting characters that can disguise text.
     */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x200B && c <= 0x200F) || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF;
    }
}

package io.lightwaveos.bench.analysis.render;

/**
 * Terminal colour for verdicts and gate statuses: on only when writing to a terminal, and never
 * when {@code NO_COLOR} is set or {@code TERM} is {@code dumb}. {@link #PLAIN} leaves text alone.
 */
public final class Style {

    /** No colour: files, pipes, tests. */
    public static final Style PLAIN = new Style(false);
    /** ANSI colour. */
    public static final Style ANSI = new Style(true);

    private final boolean colour;

    private Style(boolean colour) {
        this.colour = colour;
    }

    /** Colour when standard output is a terminal that wants it, else {@link #PLAIN}. */
    public static Style forTerminal() {
        boolean wanted = System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
        return wanted ? ANSI : PLAIN;
    }

    /** Whether this style adds colour. */
    public boolean colour() {
        return colour;
    }

    /** Text marking something bad (a regression, a failed gate). */
    public String bad(String text) {
        return wrap("\u001b[31m", text);
    }

    /** Text marking something good (an improvement, a passed gate). */
    public String good(String text) {
        return wrap("\u001b[32m", text);
    }

    /** Text marking a warning. */
    public String warn(String text) {
        return wrap("\u001b[33m", text);
    }

    /** Text of lesser importance. */
    public String dim(String text) {
        return wrap("\u001b[2m", text);
    }

    private String wrap(String code, String text) {
        return colour ? code + text + "\u001b[0m" : text;
    }

    /** The length of {@code text} as shown: ANSI escape sequences count as nothing. */
    static int visibleLength(String text) {
        if (text.indexOf('\u001b') < 0) {
            return text.length();
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u001b') {
                while (i < text.length() && text.charAt(i) != 'm') {
                    i++;
                }
            } else {
                n++;
            }
        }
        return n;
    }
}

package io.lightwaveos.bench.ci.config;

import io.lightwaveos.bench.text.Printable;

/**
 * The config file cannot be used: its message names the file and line and says what was expected
 * and what was found ({@code lwos-bench.yml:4: unknown key "tracked_branch" in the top level (did
 * you mean "tracked_branches"?)}). A value that looks like a secret (a URL, a token) is never
 * quoted in the message. The CLI maps it to exit code 2.
 */
public final class ConfigException extends RuntimeException {

    private final String source;
    private final int line;
    private final String detail;

    /**
     * A problem in {@code source}.
     *
     * @param source the file as the user named it
     * @param line   1-based line, or 0 when the problem concerns the whole file
     * @param detail what was expected and what was found
     */
    public ConfigException(String source, int line, String detail) {
        super(Printable.escape(source) + ":" + (line > 0 ? line + ":" : "") + " " + detail);
        this.source = source;
        this.line = line;
        this.detail = detail;
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is not on one line. */
    public int line() {
        return line;
    }

    /** The message without file and line. */
    public String detail() {
        return detail;
    }
}

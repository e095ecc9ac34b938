package io.lightwaveos.bench.ci.config;

import io.lightwaveos.bench.text.Printable;
import java.util.List;
import java.util.Locale;

/** How the config reader quotes what it found, without ever quoting something that may be a secret. */
final class ConfigText {

    /** Prefixes of GitHub, GitLab and Slack tokens: a value starting so is a secret pasted in the wrong place. */
    private static final List<String> TOKEN_PREFIXES = List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
            "glpat-", "gldt-", "glptt-", "glrt-", "xoxb-", "xoxp-", "xapp-");

    private ConfigText() {
    }

    /** Whether {@code text} looks like a URL or a token, which the config must never hold. */
    static boolean looksSecret(String text) {
        if (text.contains("://")) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : TOKEN_PREFIXES) {
            if (lower.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** A key as a message quotes it: in quotes, escaped, cut to 60 characters; a secret-looking key is not shown. */
    static String quoteKey(String key) {
        return looksSecret(key) ? "(a key that looks like a secret, not shown)" : "\"" + Printable.truncate(key, 60) + "\"";
    }

    /** What a scalar is, for "expected X, got Y": {@code the text "x"}, {@code the number 1.5}, {@code true}. */
    static String describe(YamlTree.Node node) {
        if (node instanceof YamlTree.Mapping) {
            return "a mapping";
        }
        if (node instanceof YamlTree.Sequence) {
            return "a list";
        }
        YamlTree.Scalar s = (YamlTree.Scalar) node;
        return switch (s.token()) {
            case VALUE_NULL -> "nothing";
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + s.text();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + s.text();
            default -> looksSecret(s.text())
                    ? "a text that looks like a URL or a token (not shown: the config holds variable names, never secrets)"
                    : "the text \"" + Printable.truncate(s.text(), 60) + "\"";
        };
    }
}

package io.lightwaveos.bench.ci.forge;

import java.util.Objects;

/**
 * A token or webhook URL read from the environment, and the name of the variable it came from.
 * Its {@link #toString()} shows the variable only; the value leaves this package only inside the
 * request that needs it (an authentication header, the webhook's own address).
 */
final class Secret {

    private final String variable;
    private final String value;

    Secret(String variable, String value) {
        this.variable = Objects.requireNonNull(variable, "variable");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The environment variable that holds it. */
    String variable() {
        return variable;
    }

    /** The secret itself: for a header or the webhook request only. */
    String value() {
        return value;
    }

    /**
     * {@code text} with every occurrence of this secret (and, for a URL, of its path, which is the
     * secret part of a webhook) replaced by {@code (hidden)}: the last guard before a message is shown.
     */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text.replace(value, "(hidden)");
        int scheme = value.indexOf("://");
        if (scheme > 0) {
            int slash = value.indexOf('/', scheme + 3);
            if (slash > 0 && value.length() - slash >= 8) {
                out = out.replace(value.substring(slash), "(hidden)");
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return variable + "=(hidden)";
    }
}

package io.lightwaveos.bench.measure;

import io.lightwaveos.bench.text.Printable;
import java.util.Objects;

/**
 * How a measure is named wherever one is asked for: {@code suite:name}
 * ({@code native:latency_ms}), or the bare name when only one suite has it. A name that is both a
 * frame metric and a measure ({@code cpu_load_percent}) is addressed with its suite, so the two
 * are never mixed silently.
 *
 * @param suite the suite, or null when the reference gave only a name
 * @param name  the measure name
 */
public record MeasureRef(String suite, String name) {

    /** Checks the words ({@link MeasureNames}). */
    public MeasureRef {
        if (suite != null) {
            MeasureNames.checkSuite(suite);
        }
        MeasureNames.checkName(name);
    }

    /**
     * Reads {@code text}: when the part before the first colon is a valid suite
     * ({@link MeasureNames#isSuite}), that is the suite and the rest the name; otherwise the whole
     * text is a name without suite (names such as {@code io.x.Bench.run} or {@code sleep 0.1;
     * echo a:b} stay whole).
     *
     * @throws IllegalArgumentException when the name part is empty, too long or holds control characters
     */
    public static MeasureRef parse(String text) {
        Objects.requireNonNull(text, "text");
        int colon = text.indexOf(':');
        if (colon > 0 && MeasureNames.isSuite(text.substring(0, colon))) {
            String name = text.substring(colon + 1);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("expected suite:name, got \"" + Printable.of(text) + "\" with no name");
            }
            return new MeasureRef(text.substring(0, colon), name);
        }
        return new MeasureRef(null, text);
    }

    /** Whether this reference names {@code m}: same name, and same suite when it gives one. */
    public boolean matches(Measure m) {
        return name.equals(m.name()) && (suite == null || suite.equals(m.suite()));
    }

    // equals and hashCode written out, as the record's would be: the generated ones link
    // java.lang.runtime.ObjectMethods at their first call, milliseconds of a command's start.
    @Override
    public boolean equals(Object o) {
        return o instanceof MeasureRef r && Objects.equals(suite, r.suite) && name.equals(r.name);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(suite) + name.hashCode();
    }

    /** {@code suite:name}, or the name alone. */
    @Override
    public String toString() {
        return suite == null ? name : suite + ":" + name;
    }
}

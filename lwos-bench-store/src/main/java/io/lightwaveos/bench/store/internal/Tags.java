package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.text.Printable;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The rule for tags, shared by every way a run gets them. */
public final class Tags {

    /** The longest tag accepted, in characters. */
    public static final int MAX_TAG_LENGTH = 64;

    private Tags() {
    }

    /**
     * Checks a run name or tag: no control characters (they would reach terminals and pages as
     * typed), at most {@code max} characters.
     *
     * @throws StoreException {@link Reason#INVALID} naming the rule broken
     */
    public static void checkText(String what, String text, int max) {
        int at = Printable.indexOfControl(text);
        if (at >= 0) {
            throw new StoreException(Reason.INVALID, "a " + what + " must not contain control characters, got \""
                    + Printable.of(text) + "\" (character " + (at + 1) + ")");
        }
        if (text.length() > max) {
            throw new StoreException(Reason.INVALID, "a " + what + " must be at most " + max + " characters, got "
                    + text.length() + " (\"" + Printable.truncate(text, 40) + "\")");
        }
    }

    /**
     * The tags trimmed, duplicates dropped, order kept.
     *
     * @throws StoreException {@link Reason#INVALID} for a blank tag or one with a comma (the CLI
     *                        separates tags with commas)
     */
    public static Set<String> normalise(Collection<String> tags) {
        if (tags == null || tags.isEmpty()) {
            return Set.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip();
            if (t.isEmpty()) {
                throw new StoreException(Reason.INVALID, "a tag must not be blank, got " + Printable.of(quoted(tags)));
            }
            if (t.indexOf(',') >= 0) {
                throw new StoreException(Reason.INVALID, "a tag must not contain a comma, got \"" + Printable.of(t) + "\"");
            }
            checkText("tag", t, MAX_TAG_LENGTH);
            out.add(t);
        }
        return Collections.unmodifiableSet(out);
    }

    private static String quoted(Collection<String> tags) {
        StringBuilder sb = new StringBuilder("[");
        for (String t : tags) {
            sb.append(sb.length() > 1 ? ", " : "").append(t == null ? "null" : "\"" + t + "\"");
        }
        return sb.append(']').toString();
    }
}

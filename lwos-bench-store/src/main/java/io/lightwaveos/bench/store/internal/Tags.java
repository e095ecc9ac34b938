package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/** The rule for tags, shared by every way a run gets them. */
public final class Tags {

    private Tags() {
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
                throw new StoreException(Reason.INVALID, "a tag must not be blank, got " + quoted(tags));
            }
            if (t.indexOf(',') >= 0) {
                throw new StoreException(Reason.INVALID, "a tag must not contain a comma, got \"" + t + "\"");
            }
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

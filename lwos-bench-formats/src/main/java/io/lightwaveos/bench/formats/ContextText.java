package io.lightwaveos.bench.formats;

import java.util.Map;

/** Flattens a JSON value into dotted context keys ({@code metadata.test_conditions.compiler}, {@code metadata.notes[0]}). */
final class ContextText {

    /** No file needs more hints than this; the rest are left out. */
    static final int MAX_ENTRIES = 1000;

    private ContextText() {
    }

    /** Puts {@code node}'s scalar leaves under {@code prefix} into {@code context}. */
    static void flatten(String prefix, JsonTree.Node node, Map<String, String> context) {
        if (context.size() >= MAX_ENTRIES) {
            return;
        }
        if (node instanceof JsonTree.Obj o) {
            o.fields.forEach((k, v) -> flatten(prefix + "." + k, v, context));
        } else if (node instanceof JsonTree.Arr a) {
            for (int i = 0; i < a.items.size(); i++) {
                flatten(prefix + "[" + i + "]", a.items.get(i), context);
            }
        } else if (node instanceof JsonTree.Str s) {
            context.put(prefix, s.value);
        } else if (node instanceof JsonTree.Num n) {
            context.put(prefix, n.text);
        } else if (node instanceof JsonTree.Bool b) {
            context.put(prefix, String.valueOf(b.value));
        }
    }
}

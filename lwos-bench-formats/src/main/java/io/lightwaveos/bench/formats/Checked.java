package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.text.Printable;

/** Turns the rule a core type states ({@code IllegalArgumentException}) into a problem on a line of the file. */
final class Checked {

    private Checked() {
    }

    /** Runs {@code step}; a broken rule becomes a {@link Reason#VALUE} problem on {@code line} prefixed by {@code where}. */
    static void at(long line, String where, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            throw FormatException.at(line, Reason.VALUE, (where == null || where.isEmpty() ? "" : Printable.of(where) + ": ") + e.getMessage());
        }
    }

    /** Runs {@code step}; a broken rule becomes a {@link Reason#VALUE} problem at {@code node} (its line and path). */
    static void at(JsonTree.Node node, Runnable step) {
        try {
            step.run();
        } catch (IllegalArgumentException e) {
            throw node.problem(Reason.VALUE, e.getMessage());
        }
    }
}

package io.lightwaveos.bench.analysis.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * An aligned plain-text table: a header row, then rows; text columns left-aligned, number columns
 * right-aligned, two spaces between columns, no trailing blanks. Cells may carry terminal colour
 * codes ({@link Style}); they do not count towards the width.
 */
public final class TextTable {

    /** How a column's cells line up. */
    public enum Align { LEFT, RIGHT }

    private final List<String> headers = new ArrayList<>();
    private final List<Align> aligns = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private String indent = "";

    /** Adds a column. */
    public TextTable column(String header, Align align) {
        headers.add(header);
        aligns.add(align);
        return this;
    }

    /** Adds a left-aligned column. */
    public TextTable left(String header) {
        return column(header, Align.LEFT);
    }

    /** Adds a right-aligned column. */
    public TextTable right(String header) {
        return column(header, Align.RIGHT);
    }

    /** Puts {@code prefix} in front of every line. */
    public TextTable indent(String prefix) {
        this.indent = prefix;
        return this;
    }

    /**
     * Adds a row, one cell per column (null prints as empty).
     *
     * @throws IllegalArgumentException if the number of cells differs from the number of columns
     */
    public TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
        return this;
    }

    /** Whether no row was added. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Prints the table, header first. */
    public void print(PrintWriter out) {
        String[] header = headers.toArray(String[]::new);
        int[] headerLengths = lengths(header);
        int[][] lengths = new int[rows.size()][];
        int[] widths = headerLengths.clone();
        for (int r = 0; r < lengths.length; r++) {
            lengths[r] = lengths(rows.get(r));
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], lengths[r][c]);
            }
        }
        out.println(line(header, headerLengths, widths));
        for (int r = 0; r < lengths.length; r++) {
            out.println(line(rows.get(r), lengths[r], widths));
        }
    }

    /** Each cell's length as shown, measured once (a history prints thousands of cells). */
    private static int[] lengths(String[] cells) {
        int[] lengths = new int[cells.length];
        for (int c = 0; c < cells.length; c++) {
            lengths[c] = Style.visibleLength(text(cells[c]));
        }
        return lengths;
    }

    /** The table as text, each line ending in a newline. */
    @Override
    public String toString() {
        java.io.StringWriter s = new java.io.StringWriter();
        print(new PrintWriter(s));
        return s.toString();
    }

    private String line(String[] cells, int[] lengths, int[] widths) {
        StringBuilder b = new StringBuilder(indent);
        for (int c = 0; c < cells.length; c++) {
            String cell = text(cells[c]);
            int pad = widths[c] - lengths[c];
            boolean last = c == cells.length - 1;
            if (c > 0) {
                b.append("  ");
            }
            if (aligns.get(c) == Align.RIGHT) {
                b.append(" ".repeat(pad)).append(cell);
            } else {
                b.append(cell);
                if (!last) {
                    b.append(" ".repeat(pad));
                }
            }
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        return b.substring(0, end);
    }

    private static String text(String cell) {
        return cell == null ? "" : cell;
    }
}

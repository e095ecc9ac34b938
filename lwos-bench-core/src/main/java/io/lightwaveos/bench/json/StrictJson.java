package io.lightwaveos.bench.json;

import io.lightwaveos.bench.json.JsonFormatException.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text into plain Java values, strictly (RFC 8259: no NaN, no comments, no trailing
 * commas, no single quotes, no duplicate keys, nothing after the value), and writes JSON string
 * literals. Objects become insertion-ordered {@link Map}s with string keys, arrays {@link List}s,
 * whole numbers {@link Long}s (beyond the range of a long: {@link Double}s), other numbers
 * {@link Double}s, then strings, {@link Boolean}s and {@code null}. Every problem is a
 * {@link JsonFormatException} naming line and column. The one JSON reader of the modules that keep
 * no JSON library (analysis, store).
 */
public final class StrictJson {

    /** How deep arrays and objects may nest; deeper text is refused rather than overflowing the stack. */
    public static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    private StrictJson(String text) {
        this.text = text;
    }

    /**
     * The top-level object of {@code text}.
     *
     * @param text the whole JSON text; leading and trailing white space is allowed
     * @return the object's members in the order of the text
     * @throws JsonFormatException {@link Reason#SYNTAX} if the text is not JSON,
     *                             {@link Reason#NOT_AN_OBJECT} if its top value is not an object
     */
    public static Map<String, Object> parseObject(String text) {
        StrictJson p = new StrictJson(text);
        p.skipSpace();
        Object doc = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.invalid("unexpected content after the JSON value");
        }
        if (!(doc instanceof Map<?, ?>)) {
            throw new JsonFormatException(Reason.NOT_AN_OBJECT, 0, 0, "expected a JSON object at the top, found "
                    + (doc == null ? "null" : doc instanceof List<?> ? "an array" : "a " + doc.getClass().getSimpleName()));
        }
        @SuppressWarnings("unchecked") // value() makes objects as maps with string keys
        Map<String, Object> map = (Map<String, Object>) doc;
        return map;
    }

    /**
     * Appends {@code value} as a JSON string literal: quotes, backslash, newline, return and tab
     * escaped by name, other control characters as six-character unicode escapes, everything else as it is.
     *
     * @param out   where to append
     * @param value the text, not null
     */
    public static void appendString(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private Object value() {
        if (pos >= text.length()) {
            throw invalid("unexpected end of input");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw invalid("unexpected character '" + c + "'");
            }
        };
    }

    private Map<String, Object> object() {
        enter();
        pos++;
        Map<String, Object> out = new LinkedHashMap<>();
        skipSpace();
        if (peek('}')) {
            pos++;
            depth--;
            return out;
        }
        while (true) {
            skipSpace();
            if (!peek('"')) {
                throw invalid(pos >= text.length() ? "unexpected end of input" : "expected a string key");
            }
            int keyAt = pos;
            String key = string();
            if (out.containsKey(key)) {
                pos = keyAt;
                throw invalid("duplicate key \"" + key + "\"");
            }
            skipSpace();
            expect(':');
            skipSpace();
            out.put(key, value());
            skipSpace();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect('}');
            depth--;
            return out;
        }
    }

    private List<Object> array() {
        enter();
        pos++;
        List<Object> out = new ArrayList<>();
        skipSpace();
        if (peek(']')) {
            pos++;
            depth--;
            return out;
        }
        while (true) {
            skipSpace();
            out.add(value());
            skipSpace();
            if (peek(',')) {
                pos++;
                continue;
            }
            expect(']');
            depth--;
            return out;
        }
    }

    private String string() {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw invalid("control character in a string");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw invalid("incomplete \\u escape");
                    }
                    try {
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw invalid("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw invalid("bad escape \\" + e);
                }
            }
        }
        throw invalid("unterminated string");
    }

    private Object number() {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        if (peek('0')) {
            pos++;
        } else if (!digits()) {
            throw invalid("expected a digit");
        }
        boolean integral = true;
        if (peek('.')) {
            pos++;
            integral = false;
            if (!digits()) {
                throw invalid("expected a digit after the decimal point");
            }
        }
        if (peek('e') || peek('E')) {
            pos++;
            integral = false;
            if (peek('+') || peek('-')) {
                pos++;
            }
            if (!digits()) {
                throw invalid("expected a digit in the exponent");
            }
        }
        String s = text.substring(start, pos);
        if (integral) {
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException beyondLong) {
                return Double.parseDouble(s);
            }
        }
        return Double.parseDouble(s);
    }

    private boolean digits() {
        int start = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos > start;
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw invalid("unexpected character '" + text.charAt(pos) + "'");
        }
        pos += word.length();
        return value;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw invalid("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw invalid(pos >= text.length() ? "unexpected end of input" : "expected '" + c + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private JsonFormatException invalid(String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new JsonFormatException(Reason.SYNTAX, line, column, problem);
    }
}

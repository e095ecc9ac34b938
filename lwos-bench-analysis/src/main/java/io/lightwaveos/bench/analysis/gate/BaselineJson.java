package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.gate.BaselineFormatException.Reason;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON text of a baseline file into plain Java values (objects as insertion-ordered maps,
 * arrays as lists, numbers as {@link Long} or {@link Double}, strings, booleans, null), strictly
 * (RFC 8259: no NaN, no comments, no trailing commas, no duplicate keys, nothing after the value),
 * so that analysis reads baselines without a JSON library. Every problem is a
 * {@link BaselineFormatException} with reason {@code SYNTAX} naming line and column.
 */
final class BaselineJson {

    private static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;
    private int depth;

    private BaselineJson(String text) {
        this.text = text;
    }

    /** The document's top-level object. */
    static Map<String, Object> parseObject(String text) {
        BaselineJson p = new BaselineJson(text);
        p.skipSpace();
        Object doc = p.value();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.invalid("unexpected content after the JSON value");
        }
        if (!(doc instanceof Map<?, ?>)) {
            throw new BaselineFormatException("", Reason.SYNTAX, "expected a JSON object at the top, found "
                    + (doc == null ? "null" : doc instanceof List<?> ? "an array" : "a " + doc.getClass().getSimpleName()));
        }
        @SuppressWarnings("unchecked") // value() makes objects as maps with string keys
        Map<String, Object> map = (Map<String, Object>) doc;
        return map;
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
        if (integral && s.length() <= 18) {
            return Long.parseLong(s);
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

    private BaselineFormatException invalid(String problem) {
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
        return new BaselineFormatException("", Reason.SYNTAX,
                "expected a JSON object, found invalid JSON at line " + line + ", column " + column + ": " + problem);
    }
}

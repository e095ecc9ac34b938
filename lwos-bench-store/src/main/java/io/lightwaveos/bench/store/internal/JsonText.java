package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The small part of JSON the store writes itself ({@link ContextJson}): objects, strings, integers,
 * {@code null}, {@code true}/{@code false}. The store keeps no JSON library (SPEC §2: core and
 * sqlite-jdbc only); this reads exactly what it writes and fails loudly on anything else.
 */
final class JsonText {

    private final String text;
    private int pos;

    private JsonText(String text) {
        this.text = text;
    }

    /** Appends {@code value} as a JSON string literal. */
    static void appendString(StringBuilder out, String value) {
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

    /**
     * Parses a JSON object: nested objects become maps (in key order), strings strings, integers
     * {@link Long}s, booleans {@link Boolean}s, {@code null} null.
     *
     * @throws StoreException {@link Reason#IO} if the text is not such an object
     */
    static Map<String, Object> parseObject(String text) {
        JsonText p = new JsonText(text);
        Map<String, Object> result = p.object();
        p.skipSpace();
        if (p.pos != text.length()) {
            throw p.fail("end of text");
        }
        return result;
    }

    private Map<String, Object> object() {
        expect('{');
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            String key = string();
            skipSpace();
            expect(':');
            map.put(key, value());
            skipSpace();
            char c = next();
            if (c == '}') {
                return map;
            }
            if (c != ',') {
                pos--;
                throw fail("',' or '}'");
            }
        }
    }

    private Object value() {
        skipSpace();
        char c = peek();
        if (c == '{') {
            return object();
        }
        if (c == '"') {
            return string();
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            int start = pos;
            pos++;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            try {
                return Long.parseLong(text.substring(start, pos));
            } catch (NumberFormatException e) {
                pos = start;
                throw fail("an integer");
            }
        }
        for (String word : new String[] {"null", "true", "false"}) {
            if (text.startsWith(word, pos)) {
                pos += word.length();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw fail("a value");
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw fail("four hex digits");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw fail("four hex digits");
                    }
                    pos += 4;
                }
                default -> throw fail("an escape");
            }
        }
    }

    private void expect(char c) {
        skipSpace();
        if (next() != c) {
            pos--;
            throw fail("'" + c + "'");
        }
    }

    private char peek() {
        if (pos >= text.length()) {
            throw fail("more text");
        }
        return text.charAt(pos);
    }

    private char next() {
        char c = peek();
        pos++;
        return c;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private StoreException fail(String expected) {
        return new StoreException(Reason.IO, "stored run context is damaged: expected " + expected + " at offset "
                + pos + " of " + text);
    }
}

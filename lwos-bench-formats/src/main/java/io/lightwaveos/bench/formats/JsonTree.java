package io.lightwaveos.bench.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.lightwaveos.bench.json.ParserWords;
import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.text.Printable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON document as a tree whose every value knows its line and its path
 * ({@code results[0].times[3]}), so a reader's message names both. Parsed strictly with
 * Jackson's streaming parser: standard JSON only (no NaN, no comments), duplicate keys refused,
 * nothing after the document, token lengths and nesting bounded, at most
 * {@link FormatLimits#maxValues()} values.
 */
final class JsonTree {

    private static final int MAX_DEPTH = 32;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(1 << 20).maxNumberLength(400).maxNestingDepth(MAX_DEPTH).maxNameLength(1 << 16).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private JsonTree() {
    }

    /** A JSON value with where it is. */
    abstract static class Node {
        final long line;
        /** Where it hangs: set by its container, once (the path is only built for a message). */
        private Node parent;
        private String key;
        private int index;

        Node(long line) {
            this.line = line;
        }

        /** {@code results[0].times[3]}; empty for the document itself. */
        String path() {
            if (parent == null) {
                return "";
            }
            String up = parent.path();
            if (key != null) {
                return up.isEmpty() ? key : up + "." + key;
            }
            return up + "[" + index + "]";
        }

        /** What it is, for "expected X, got Y". */
        abstract String describe();

        /** A problem with this value: its line, its path and the text. */
        FormatException problem(Reason reason, String text) {
            String path = path();
            return FormatException.at(line, reason, (path.isEmpty() ? "" : Printable.of(path) + ": ") + text);
        }

        FormatException expected(String what) {
            return problem(Reason.SHAPE, "expected " + what + ", got " + describe());
        }

        Obj asObject(String what) {
            if (this instanceof Obj o) {
                return o;
            }
            throw expected(what);
        }

        Arr asArray(String what) {
            if (this instanceof Arr a) {
                return a;
            }
            throw expected(what);
        }

        /** A finite number; NaN and infinities (from 1e400) are refused. */
        double asNumber(String what) {
            if (this instanceof Num n) {
                if (!Double.isFinite(n.value)) {
                    throw problem(Reason.VALUE, "expected " + what + ", got " + n.text + " which is not a finite number");
                }
                return n.value;
            }
            throw expected(what);
        }

        String asText(String what) {
            if (this instanceof Str s) {
                return s.value;
            }
            throw expected(what);
        }
    }

    /** An object; its fields in file order. */
    static final class Obj extends Node {
        final Map<String, Node> fields;

        Obj(long line, Map<String, Node> fields) {
            super(line);
            this.fields = Collections.unmodifiableMap(fields);
            fields.forEach((k, child) -> {
                child.parent = this;
                child.key = k;
            });
        }

        Optional<Node> get(String name) {
            Node n = fields.get(name);
            return n == null || n instanceof Null ? Optional.empty() : Optional.of(n);
        }

        Node require(String name, String what) {
            return get(name).orElseThrow(() -> problem(Reason.SHAPE, "expected \"" + name + "\" (" + what + "), found none"));
        }

        @Override
        String describe() {
            return "an object";
        }
    }

    /** An array. */
    static final class Arr extends Node {
        final List<Node> items;

        Arr(long line, List<Node> items) {
            super(line);
            this.items = Collections.unmodifiableList(items);
            for (int i = 0; i < items.size(); i++) {
                items.get(i).parent = this;
                items.get(i).index = i;
            }
        }

        @Override
        String describe() {
            return "an array";
        }
    }

    /** A number, with its text as written. */
    static final class Num extends Node {
        final double value;
        final String text;
        final boolean integral;

        Num(long line, double value, String text, boolean integral) {
            super(line);
            this.value = value;
            this.text = text;
            this.integral = integral;
        }

        @Override
        String describe() {
            return "the number " + text;
        }
    }

    /** A string. */
    static final class Str extends Node {
        final String value;

        Str(long line, String value) {
            super(line);
            this.value = value;
        }

        @Override
        String describe() {
            return "the string \"" + Printable.truncate(value, 60) + "\"";
        }
    }

    /** true or false. */
    static final class Bool extends Node {
        final boolean value;

        Bool(long line, boolean value) {
            super(line);
            this.value = value;
        }

        @Override
        String describe() {
            return String.valueOf(value);
        }
    }

    /** null. */
    static final class Null extends Node {
        Null(long line) {
            super(line);
        }

        @Override
        String describe() {
            return "null";
        }
    }

    /**
     * The document in {@code source}, parsed once ({@link SourceText#json}).
     *
     * @throws FormatException (without the file name) naming the line of the first problem
     */
    static Node parse(SourceText source, FormatLimits limits) {
        return source.json(limits);
    }

    static Node parseText(SourceText source, FormatLimits limits) {
        try (JsonParser p = FACTORY.createParser(source.text())) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw FormatException.at(0, Reason.EMPTY, "expected a JSON document, found an empty file");
            }
            int[] count = {0};
            Node root = read(p, count, limits);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw FormatException.at(p.currentLocation().getLineNr(), Reason.SYNTAX,
                        "expected the end of the file after the JSON document, got " + token(after));
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw FormatException.at(line(e), Reason.LIMIT, "a value is beyond the limits of this reader (text up to "
                    + (1 << 20) + " characters, numbers up to 400 digits, nesting up to " + MAX_DEPTH + " levels)");
        } catch (JsonProcessingException e) {
            throw FormatException.at(line(e), Reason.SYNTAX, "unreadable JSON: " + reason(e));
        } catch (IOException e) {
            throw FormatException.at(0, Reason.SYNTAX, "unreadable JSON: " + Printable.of(e.getMessage()));
        }
    }

    private static Node read(JsonParser p, int[] count, FormatLimits limits) throws IOException {
        long line = p.currentTokenLocation().getLineNr();
        if (++count[0] > limits.maxValues()) {
            throw FormatException.at(line, Reason.LIMIT, "the document holds more than the limit of "
                    + limits.maxValues() + " values");
        }
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    fields.put(name, read(p, count, limits));
                }
                return new Obj(line, fields);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, count, limits));
                }
                return new Arr(line, items);
            }
            case VALUE_NUMBER_INT:
                return new Num(line, p.getValueAsDouble(), p.getText(), true);
            case VALUE_NUMBER_FLOAT:
                return new Num(line, p.getDoubleValue(), p.getText(), false);
            case VALUE_STRING:
                return new Str(line, p.getText());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new Bool(line, t == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return new Null(line);
            default:
                throw FormatException.at(line, Reason.SYNTAX, "expected a JSON value, got " + token(t));
        }
    }

    private static long line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    /** The parser's message without its location and without advice about its own features, escaped. */
    private static String reason(JsonProcessingException e) {
        return ParserWords.reason(e.getOriginalMessage(), e.getClass().getSimpleName());
    }

    private static String token(JsonToken token) {
        return ParserWords.token(token == null ? null : token.name());
    }
}

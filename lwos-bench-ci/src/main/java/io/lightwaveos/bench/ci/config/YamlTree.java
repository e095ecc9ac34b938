package io.lightwaveos.bench.ci.config;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read with Jackson's YAML parser into a small tree that remembers the line of every
 * key and value, so the config reader can say where a problem is. Only what a config needs: mappings
 * with text keys, sequences and scalars; one document; no aliases.
 */
final class YamlTree {

    /** How deep mappings and sequences may nest (the config needs 3). */
    static final int MAX_DEPTH = 16;

    private static final YAMLFactory FACTORY = new YAMLFactory();

    /** A value with the 1-based line it starts on. */
    sealed interface Node permits Scalar, Mapping, Sequence {
        int line();
    }

    /**
     * A scalar: its token ({@code VALUE_STRING}, {@code VALUE_NUMBER_INT}, {@code VALUE_NUMBER_FLOAT},
     * {@code VALUE_TRUE}, {@code VALUE_FALSE}, {@code VALUE_NULL}) and text.
     */
    record Scalar(JsonToken token, String text, int line) implements Node {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    /** A key of a mapping, with the line it is on, and its value. */
    record Entry(String key, int line, Node value) {
    }

    /** A mapping in document order. */
    record Mapping(Map<String, Entry> entries, int line) implements Node {
        Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }
    }

    /** A sequence in document order. */
    record Sequence(List<Node> items, int line) implements Node {
        Sequence {
            items = List.copyOf(items);
        }
    }

    private final YAMLParser parser;
    private final String source;

    private YamlTree(YAMLParser parser, String source) {
        this.parser = parser;
        this.source = source;
    }

    /**
     * The document of {@code text}: its top value, or an empty mapping for an empty document.
     *
     * @throws ConfigException naming the line of a syntax error, a duplicate key, an alias, a second
     *                         document or nesting deeper than {@link #MAX_DEPTH}
     */
    static Node parse(String text, String source) {
        try (YAMLParser p = FACTORY.createParser(text)) {
            YamlTree tree = new YamlTree(p, source);
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Mapping(Map.of(), 1);
            }
            Node root = tree.value(first, 0);
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new ConfigException(source, tree.line(), "expected one YAML document, found a second one");
            }
            return root;
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ConfigException(source, Math.max(line, 0), "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ConfigException(source, 0, "cannot read the YAML: " + firstLine(e.getMessage()));
        } catch (ConfigException e) {
            throw e;
        } catch (RuntimeException e) {
            // SnakeYAML's own errors (limits, bad structure) arrive unwrapped.
            throw new ConfigException(source, 0, "not valid YAML: " + firstLine(e.getMessage()));
        }
    }

    private Node value(JsonToken token, int depth) throws IOException {
        int line = line();
        if (parser.isCurrentAlias()) {
            throw new ConfigException(source, line, "YAML aliases (*" + parser.getText()
                    + ") are not supported here; write the value out");
        }
        if (depth > MAX_DEPTH) {
            throw new ConfigException(source, line, "nested deeper than " + MAX_DEPTH + " levels");
        }
        return switch (token) {
            case START_OBJECT -> mapping(line, depth);
            case START_ARRAY -> sequence(line, depth);
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE, VALUE_NULL ->
                    new Scalar(token, parser.getText(), line);
            default -> throw new ConfigException(source, line, "unexpected YAML content (" + token + ")");
        };
    }

    private Mapping mapping(int line, int depth) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int keyLine = line();
            Entry before = entries.get(key);
            if (before != null) {
                throw new ConfigException(source, keyLine, "duplicate key " + ConfigText.quoteKey(key)
                        + " (first on line " + before.line() + ")");
            }
            Node v = value(parser.nextToken(), depth + 1);
            entries.put(key, new Entry(key, keyLine, v));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new ConfigException(source, line(), "unexpected end of the YAML mapping");
        }
        return new Mapping(entries, line);
    }

    private Sequence sequence(int line, int depth) throws IOException {
        List<Node> items = new ArrayList<>();
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new ConfigException(source, line(), "unexpected end of the YAML list");
            }
            items.add(value(t, depth + 1));
        }
        return new Sequence(items, line);
    }

    private int line() {
        return Math.max(parser.currentTokenLocation().getLineNr(), 0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}

package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.lightwaveos.bench.text.Printable;
import java.util.regex.Pattern;

/**
 * What the JSON and CSV parsers say, in the words of a message to a user: token names
 * ({@code START_ARRAY}) as what they are ("an array"), and the parser's advice to switch on one of
 * its features ("enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow") left out: those are
 * the library's settings, not something a user of this tool can change.
 */
final class JsonWords {

    /** ": enable `Some.FEATURE` to allow", "(enable `X` to ...)" and the like, to the end of the clause. */
    private static final Pattern FEATURE_ADVICE = Pattern.compile(
            "\\s*[:;,(]?\\s*(?:[Ee]nable|[Dd]isable|[Uu]se)\\s+`?[A-Za-z]+(?:\\.[A-Za-z]+)*\\.[A-Z_]+`?[^;)\\n]*\\)?");

    private JsonWords() {
    }

    /** The parser's message without its location and without advice about its own features, escaped. */
    static String reason(JsonProcessingException e) {
        String text = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        return Printable.of(FEATURE_ADVICE.matcher(text).replaceAll("").strip());
    }

    /** {@code token} as a user would name it. */
    static String token(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case END_OBJECT -> "the end of an object";
            case START_ARRAY -> "an array";
            case END_ARRAY -> "the end of an array";
            case FIELD_NAME -> "a field name";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something that is not JSON";
        };
    }
}

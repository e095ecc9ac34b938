package io.lightwaveos.bench.json;

import io.lightwaveos.bench.text.Printable;
import java.util.regex.Pattern;

/**
 * What a JSON or CSV parser (Jackson's, in the modules that read files with it) says, in the words
 * of a message to a user: token names ({@code START_ARRAY}) as what they are ("an array"), and the
 * parser's advice to switch on one of its features ("enable
 * {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS} to allow") left out: those are the library's
 * settings, not something a user of this tool can change. Takes the parser's words as text, so that
 * core stays free of the parser.
 */
public final class ParserWords {

    /** ": enable `Some.FEATURE` to allow", "(enable `X` to ...)" and the like, to the end of the clause. */
    private static final Pattern FEATURE_ADVICE = Pattern.compile(
            "\\s*[:;,(]?\\s*(?:[Ee]nable|[Dd]isable|[Uu]se)\\s+`?[A-Za-z]+(?:\\.[A-Za-z]+)*\\.[A-Z_]+`?[^;)\\n]*\\)?");

    private ParserWords() {
    }

    /**
     * The parser's message without advice about its own features, escaped.
     *
     * @param message   the parser's message without its location, or null
     * @param errorType the simple name of the parser's exception, said when there is no message
     */
    public static String reason(String message, String errorType) {
        String text = message == null ? errorType : message;
        return Printable.of(FEATURE_ADVICE.matcher(text).replaceAll("").strip());
    }

    /**
     * A token as a user would name it.
     *
     * @param tokenName the parser's name of the token ({@code START_ARRAY}, {@code VALUE_NUMBER_INT}
     *                  ...), or null at the end of the input
     */
    public static String token(String tokenName) {
        if (tokenName == null) {
            return "the end of the input";
        }
        return switch (tokenName) {
            case "START_OBJECT" -> "an object";
            case "END_OBJECT" -> "the end of an object";
            case "START_ARRAY" -> "an array";
            case "END_ARRAY" -> "the end of an array";
            case "FIELD_NAME" -> "a field name";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "true or false";
            case "VALUE_NULL" -> "null";
            default -> "something that is not JSON";
        };
    }
}

package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.lightwaveos.bench.json.ParserWords;

/** Jackson's exceptions and tokens in the words of a message to a user ({@link ParserWords}). */
final class JsonWords {

    private JsonWords() {
    }

    /** The parser's message without its location and without advice about its own features, escaped. */
    static String reason(JsonProcessingException e) {
        return ParserWords.reason(e.getOriginalMessage(), e.getClass().getSimpleName());
    }

    /** {@code token} as a user would name it. */
    static String token(JsonToken token) {
        return ParserWords.token(token == null ? null : token.name());
    }
}

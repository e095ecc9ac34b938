package io.lightwaveos.bench.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParserWordsTest {

    @Test
    void tokensAreNamedAsWhatTheyAre() {
        assertThat(ParserWords.token("START_ARRAY")).isEqualTo("an array");
        assertThat(ParserWords.token("VALUE_NUMBER_FLOAT")).isEqualTo("a number");
        assertThat(ParserWords.token("VALUE_FALSE")).isEqualTo("true or false");
        assertThat(ParserWords.token(null)).isEqualTo("the end of the input");
        assertThat(ParserWords.token("NOT_AVAILABLE")).isEqualTo("something that is not JSON");
    }

    @Test
    void theParsersAdviceAboutItsOwnFeaturesIsLeftOutAndControlCharactersEscaped() {
        assertThat(ParserWords.reason("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`"
                + " to allow", "JsonParseException")).isEqualTo("Non-standard token 'NaN'");
        assertThat(ParserWords.reason("Unexpected character ('\u0007' (code 7))", "X")).doesNotContain("\u0007");
        assertThat(ParserWords.reason(null, "JsonEOFException")).isEqualTo("JsonEOFException");
    }
}

package io.lightwaveos.bench.service.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RunGlobTest {

    @ParameterizedTest(name = "\"{0}\" matches \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
            "nightly-*   | nightly-12     | true",
            "nightly-*   | nightly-       | true",
            "nightly-*   | pr-12          | false",
            "pr-?        | pr-5           | true",
            "pr-?        | pr-11          | false",
            "pr-?        | pr-            | false",
            "*           | ''             | true",
            "*           | anything       | true",
            "''          | ''             | true",
            "''          | a              | false",
            "a*b*c       | abc            | true",
            "a*b*c       | axxbyyc        | true",
            "a*b*c       | axxbyycd       | false",
            "*ab         | aab            | true",
            "*ab*ab      | abab           | true",
            "*ab*ab      | ab             | false",
            "**a**       | bab            | true",
            "?*?         | a              | false",
            "?*?         | ab             | true",
            "a.c         | abc            | false",
            "a.c         | a.c            | true",
            "[ab]        | a              | false",
            "[ab]        | [ab]           | true",
            "x?y         | x😀y           | true",
            "build+1     | build+1        | true",
            "Nightly     | nightly        | false",
    })
    void matchesTheWholeNameWithStarAndQuestionMarkAsTheOnlySpecials(String glob, String name, boolean expected) {
        assertThat(RunGlob.of(glob).matches(name)).isEqualTo(expected);
    }

    /** A backtracking regex takes exponential time here; this input is small for a linear matcher. */
    @Test
    void manyStarsAgainstALongNearMissAreAnsweredWithoutBacktracking() {
        String name = "a".repeat(10_000);
        String glob = "*a".repeat(40) + "*b";
        assertThat(RunGlob.of(glob).matches(name)).isFalse();
        assertThat(RunGlob.of(glob).matches(name + "b")).isTrue();
        assertThat(RunGlob.of("*a*a*a*a*a*b").matches("a".repeat(200))).isFalse();
    }
}

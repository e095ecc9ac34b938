package io.lightwaveos.bench.store.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegacyTimesTest {

    @ParameterizedTest
    @CsvSource({
            "2025-01-15T10:30:00.123456, 2025-01-15T10:30:00.123456Z",
            "2025-01-15T10:30:00, 2025-01-15T10:30:00Z",
            "2025-01-15 10:30:00, 2025-01-15T10:30:00Z",
            "2025-01-15 10:30:00.5, 2025-01-15T10:30:00.500Z",
            "2025-01-15T10:30:00.123456+00:00, 2025-01-15T10:30:00.123456Z",
            "2025-01-15T12:30:00+02:00, 2025-01-15T10:30:00Z",
            "2025-01-15T05:30:00-05:00, 2025-01-15T10:30:00Z",
            "2025-01-15T10:30:00Z, 2025-01-15T10:30:00Z",
            "2025-01-15T10:30:00z, 2025-01-15T10:30:00Z"})
    void pythonAndSqliteTimeFormatsAreReadAsUtc(String text, String expected) {
        assertThat(LegacyTimes.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "yesterday", "2025-13-01T00:00:00", "15/01/2025 10:30"})
    void unreadableTimesSayWhatWasExpected(String text) {
        assertThatThrownBy(() -> LegacyTimes.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO-8601");
    }
}

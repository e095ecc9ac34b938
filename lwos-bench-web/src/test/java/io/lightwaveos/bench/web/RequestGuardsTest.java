package io.lightwaveos.bench.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestGuardsTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "localhost:8050", "127.0.0.1", "127.0.0.1:8050", "[::1]:8050", "[::1]"})
    void loopbackHostHeadersPass(String host) {
        assertThat(RequestGuards.loopbackHost(host)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"evil.example", "evil.example:8050", "localhost.evil.example", "127.0.0.1.nip.io",
            "[::2]:8050", "192.168.1.5:8050"})
    void otherHostHeadersAreRefused(String host) {
        assertThat(RequestGuards.loopbackHost(host)).isFalse();
    }
}

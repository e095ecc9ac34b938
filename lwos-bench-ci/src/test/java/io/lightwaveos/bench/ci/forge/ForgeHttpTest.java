package io.lightwaveos.bench.ci.forge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ForgeHttpTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://api.github.com", "https://ghe.example.com/api/v3", "http://127.0.0.1:8080",
            "http://localhost:9000/api/v4", "http://[::1]:81", "http://127.5.6.7"})
    void secureOrLoopbackBasesAreAccepted(String url) {
        assertThat(ForgeHttp.checkBase(url, "GITHUB_API_URL", false).toString()).isEqualTo(url);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://api.example.com|GITHUB_API_URL http://api.example.com is plain http:// to a host that is not this machine; secrets are sent over https:// only",
            "http://10.0.0.1|GITHUB_API_URL http://10.0.0.1 is plain http:// to a host that is not this machine; secrets are sent over https:// only",
            "ftp://api.example.com|GITHUB_API_URL ftp://api.example.com is not an http(s) URL with a host",
            "https://user:pw@api.example.com|GITHUB_API_URL holds credentials in the URL; tokens come from their own variable",
            "https://api.example.com/?x=1|GITHUB_API_URL https://api.example.com/?x=1 has a query or fragment; give the API root",
            "not a url|GITHUB_API_URL is not a URL: not a url"})
    void otherBasesAreRefusedSayingWhy(String url, String message) {
        assertThatThrownBy(() -> ForgeHttp.checkBase(url, "GITHUB_API_URL", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "127.0.0.1", "[::1]", "::1", "127.255.0.1"})
    void loopbackHostsAreKnownWithoutLookingUpNames(String host) {
        assertThat(ForgeHttp.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost.evil.example", "127.0.0.1.nip.io", "10.0.0.1", "example.com", "::2"})
    void otherHostsAreNotLoopback(String host) {
        assertThat(ForgeHttp.isLoopback(host)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aSecretUrlIsNeverQuotedInTheRefusal() {
        assertThatThrownBy(() -> ForgeHttp.checkBase("http://hooks.example.com/services/SECRET", "webhook HOOK", true))
                .hasMessageNotContaining("SECRET").hasMessageNotContaining("hooks.example.com");
    }
}

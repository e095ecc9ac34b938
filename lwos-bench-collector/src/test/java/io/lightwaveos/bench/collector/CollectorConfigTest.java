package io.lightwaveos.bench.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CollectorConfigTest {

    @Test
    void defaultsPointAtTheDeviceOnItsMdnsName() {
        CollectorConfig c = CollectorConfig.builder().build();
        assertThat(c.source()).isEqualTo("ws://lightwaveos.local:80/ws");
        assertThat(c.host()).isEqualTo("lightwaveos.local");
        assertThat(c.port()).isEqualTo(80);
        assertThat(c.secure()).isFalse();
        assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(c.reconnectTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(c.reconnectInitialDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(c.reconnectMaxDelay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(c.idleTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(c.reconnect()).isTrue();
        assertThat(c.duration()).isEmpty();
        assertThat(c.maxSamples()).isEmpty();
    }

    @Test
    void hostPortAndPathMakeTheUrl() {
        CollectorConfig c = CollectorConfig.builder().host("10.0.0.7").port(8080).path("/bench").build();
        assertThat(c.source()).isEqualTo("ws://10.0.0.7:8080/bench");
    }

    @Test
    void aUrlOverridesHostAndPortAndGetsTheDevicePathWhenItHasNone() {
        CollectorConfig c = CollectorConfig.builder().host("ignored").url("WS://192.168.4.1").build();
        assertThat(c.source()).isEqualTo("ws://192.168.4.1/ws");
        assertThat(c.port()).isEqualTo(80);
        CollectorConfig s = CollectorConfig.builder().url("wss://bench.example.org/ws?x=1").build();
        assertThat(s.secure()).isTrue();
        assertThat(s.port()).isEqualTo(443);
        assertThat(s.uri().getRawQuery()).isEqualTo("x=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://device/ws", "device:80", "ws:///ws", "ws://bad host/ws"})
    void rejectsWhatIsNotAWebSocketUrl(String url) {
        assertThatThrownBy(() -> CollectorConfig.builder().url(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected a");
    }

    @Test
    void rejectsBadValuesSayingWhatIsExpected() {
        assertThatThrownBy(() -> CollectorConfig.builder().port(0)).hasMessage("port must be between 1 and 65535, got 0");
        assertThatThrownBy(() -> CollectorConfig.builder().maxSamples(0)).hasMessage("maxSamples must be at least 1, got 0");
        assertThatThrownBy(() -> CollectorConfig.builder().duration(Duration.ZERO)).hasMessage("duration must be positive, got PT0S");
        assertThatThrownBy(() -> CollectorConfig.builder().watermarks(10, 10))
                .hasMessageContaining("1 <= low < high");
        assertThatThrownBy(() -> CollectorConfig.builder().reconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("at least the initial delay");
        assertThatThrownBy(() -> CollectorConfig.builder().path("ws")).hasMessage("path must start with /, got \"ws\"");
    }
}

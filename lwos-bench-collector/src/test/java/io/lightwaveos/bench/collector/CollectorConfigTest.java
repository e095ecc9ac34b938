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
        CollectorConfig c = CollectorConfig.builder().untilStopped().build();
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
        assertThat(c.vitalsEvery()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void hostPortAndPathMakeTheUrl() {
        CollectorConfig c = CollectorConfig.builder().host("10.0.0.7").port(8080).path("/bench").untilStopped().build();
        assertThat(c.source()).isEqualTo("ws://10.0.0.7:8080/bench");
    }

    @Test
    void aUrlOverridesHostAndPortAndGetsTheDevicePathWhenItHasNone() {
        CollectorConfig c = CollectorConfig.builder().host("ignored").url("WS://192.168.4.1").untilStopped().build();
        assertThat(c.source()).isEqualTo("ws://192.168.4.1/ws");
        assertThat(c.port()).isEqualTo(80);
        CollectorConfig s = CollectorConfig.builder().url("wss://bench.example.org/ws?x=1").untilStopped().build();
        assertThat(s.secure()).isTrue();
        assertThat(s.port()).isEqualTo(443);
        assertThat(s.uri().getRawQuery()).isEqualTo("x=1");
    }

    /** Issue 24: credentials in the URL were stored in the run's source and its events. */
    @Test
    void credentialsInTheUrlAreUsedForTheConnectionButNeverInTheSource() {
        CollectorConfig c = CollectorConfig.builder().url("ws://ci:hunter2@192.168.4.1:81/ws?x=1").untilStopped().build();
        assertThat(c.uri().getUserInfo()).isEqualTo("ci:hunter2");
        assertThat(c.source()).isEqualTo("ws://192.168.4.1:81/ws?x=1");
        assertThat(c.toString()).doesNotContain("hunter2");
        assertThatThrownBy(() -> CollectorConfig.builder().url("http://ci:hunter2@device/ws"))
                .hasMessageContaining("expected a ws://").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> CollectorConfig.builder().url("ws://ci:hunter2@bad host/ws"))
                .hasMessageContaining("expected a ws://").hasMessageNotContaining("hunter2");
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
        assertThatThrownBy(() -> CollectorConfig.builder().duration(Duration.ZERO)).hasMessage("duration must be positive, got 0 s");
        assertThatThrownBy(() -> CollectorConfig.builder().watermarks(10, 10))
                .hasMessageContaining("1 <= low < high");
        assertThatThrownBy(() -> CollectorConfig.builder().reconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .hasMessageContaining("at least the initial delay");
        assertThatThrownBy(() -> CollectorConfig.builder().path("ws")).hasMessage("path must start with /, got \"ws\"");
        assertThatThrownBy(() -> CollectorConfig.builder().vitalsEvery(Duration.ofMillis(-1500)))
                .hasMessage("vitalsEvery must be 0 (off) or positive, got -1.5 s");
    }

    @Test
    void vitalsPollingIsTurnedOffWithZero() {
        assertThat(CollectorConfig.builder().vitalsEvery(Duration.ZERO).untilStopped().build().vitalsEvery()).isZero();
    }

    @Test
    void aConfigurationWithoutAStopConditionIsRefused() {
        assertThatThrownBy(() -> CollectorConfig.builder().url("ws://127.0.0.1:9/ws").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no stop condition: set duration(..), maxSamples(..), or untilStopped() to collect until"
                        + " stop() is called");
        assertThat(CollectorConfig.builder().duration(Duration.ofSeconds(1)).build().duration()).hasValue(Duration.ofSeconds(1));
        assertThat(CollectorConfig.builder().maxSamples(3).build().maxSamples()).hasValue(3);
        CollectorConfig both = CollectorConfig.builder().untilStopped().maxSamples(7).build();
        assertThat(both.maxSamples()).hasValue(7);
    }

    @Test
    void toBuilderKeepsEverySettingAndMakesVariations() {
        CollectorConfig c = CollectorConfig.builder().url("wss://bench.example.org:8443/bench?x=1")
                .connectTimeout(Duration.ofSeconds(2)).subscribeTimeout(Duration.ofSeconds(3))
                .duration(Duration.ofSeconds(30)).maxSamples(900).resetStats(true).sendStop(true).reconnect(false)
                .reconnectTimeout(Duration.ofSeconds(9)).reconnectBackoff(Duration.ofMillis(20), Duration.ofMillis(80))
                .reconnectJitter(0.5).idleTimeout(Duration.ofSeconds(4)).watermarks(10, 20).seed(5)
                .vitalsEvery(Duration.ofSeconds(30)).build();
        CollectorConfig copy = c.toBuilder().build();
        assertThat(copy).usingRecursiveComparison().isEqualTo(c);
        assertThat(copy.toString()).isEqualTo(c.toString());

        CollectorConfig longer = c.toBuilder().maxSamples(5000).build();
        assertThat(longer.maxSamples()).hasValue(5000);
        assertThat(longer.duration()).hasValue(Duration.ofSeconds(30));
        assertThat(c.maxSamples()).hasValue(900);

        CollectorConfig open = CollectorConfig.builder().untilStopped().build();
        assertThat(open.toBuilder().build().maxSamples()).isEmpty();
    }
}

package io.lightwaveos.bench.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatorConfigTest {

    @Test
    void defaultsAreALoopbackDeviceAtTenFramesPerSecond() {
        SimulatorConfig c = SimulatorConfig.defaults();
        assertThat(c.bindHost()).isEqualTo("127.0.0.1");
        assertThat(c.port()).isZero();
        assertThat(c.rate()).isEqualTo(10);
        assertThat(c.maxSubscribers()).isEqualTo(4);
        assertThat(c.subscribeBehaviour()).isEqualTo(SubscribeBehaviour.ACCEPT);
        assertThat(c.extendedEvery()).isZero();
        assertThat(c.replay()).isEmpty();
        assertThat(c.dropRate()).isZero();
        assertThat(c.disconnectAfter()).isNull();
    }

    @Test
    void acceptsHighRates() {
        assertThat(SimulatorConfig.builder().rate(100_000).build().rate()).isEqualTo(100_000);
    }

    @Test
    void rejectsBadValuesSayingWhatIsExpected() {
        assertThatThrownBy(() -> SimulatorConfig.builder().rate(0))
                .hasMessage("rate must be above 0 and at most 10000000 frames/s, got 0.0");
        assertThatThrownBy(() -> SimulatorConfig.builder().dropRate(1.5)).hasMessage("dropRate must be between 0 and 1, got 1.5");
        assertThatThrownBy(() -> SimulatorConfig.builder().noise(-0.1))
                .hasMessageContaining("noise must be between 0 and 1");
        assertThatThrownBy(() -> SimulatorConfig.builder().port(70000)).hasMessage("port must be between 0 and 65535, got 70000");
        assertThatThrownBy(() -> SimulatorConfig.builder().disconnectAfter(Duration.ZERO))
                .hasMessage("disconnectAfter must be positive, got PT0S");
        assertThatThrownBy(() -> SimulatorConfig.builder().extendedEvery(-1)).hasMessageContaining("extendedEvery must be >= 0");
        assertThatThrownBy(() -> SimulatorConfig.builder().meanTotalUs(0)).hasMessageContaining("meanTotalUs must be above 0");
        assertThatThrownBy(() -> SimMessage.text(null)).isInstanceOf(NullPointerException.class);
    }
}

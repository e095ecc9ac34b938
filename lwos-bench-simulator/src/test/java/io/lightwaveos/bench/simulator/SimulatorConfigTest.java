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
        assertThat(c.disconnectAfter()).isEmpty();
        assertThat(c.disconnectAfterFrames()).isEmpty();
        assertThat(c.rebootAfter()).isEmpty();
        assertThat(c.rebootAfterFrames()).isEmpty();
        assertThat(c.frameLimit()).isEmpty();
        assertThat(c.fps()).isEqualTo(120);
        assertThat(c.freeHeap()).isEqualTo(183_204);
        assertThat(c.cpuPercent()).isEqualTo(35);
        assertThat(c.heapLeak()).isZero();
        assertThat(c.statusBehaviour()).isEqualTo(DeviceStatusBehaviour.ANSWER);
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
                .hasMessage("disconnectAfter must be positive, got 0 s");
        assertThatThrownBy(() -> SimulatorConfig.builder().extendedEvery(-1)).hasMessageContaining("extendedEvery must be >= 0");
        assertThatThrownBy(() -> SimulatorConfig.builder().meanTotalUs(0)).hasMessageContaining("meanTotalUs must be above 0");
        assertThatThrownBy(() -> SimMessage.text(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void rejectsVitalsNoDeviceReportsSayingWhatIsExpected() {
        assertThatThrownBy(() -> VitalsOptions.DEFAULT.withFps(-1)).hasMessage("fps must be between 0 and 1000, got -1.0");
        assertThatThrownBy(() -> VitalsOptions.DEFAULT.withFps(Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> VitalsOptions.DEFAULT.withFreeHeap(-5))
                .hasMessage("freeHeap must be between 0 and 16777216 bytes, got -5");
        assertThatThrownBy(() -> VitalsOptions.DEFAULT.withCpuPercent(101))
                .hasMessage("cpuPercent must be between 0 and 100, got 101.0");
        assertThatThrownBy(() -> VitalsOptions.DEFAULT.withHeapLeak(-1)).hasMessageContaining("heapLeak must be >= 0");
        assertThatThrownBy(() -> VitalsOptions.DEFAULT.withStatusBehaviour(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void toBuilderKeepsEverySettingAndMakesVariations() {
        SimulatorConfig c = SimulatorConfig.builder().bindHost("0.0.0.0").port(9000).rate(250).extendedEvery(10)
                .meanTotalUs(180).meanGoertzelUs(90).noise(0.1).arCoefficient(0.5).seed(9).dropRate(0.01)
                .corruptRate(0.02).foreignRate(0.03).textEventRate(0.04).statusEventOnConnect(true)
                .disconnectAfter(Duration.ofSeconds(2)).disconnectAfterFrames(50).rebootAfter(Duration.ofSeconds(3))
                .rebootAfterFrames(70).rebootDowntime(Duration.ofMillis(200)).maxSubscribers(2)
                .subscribeBehaviour(SubscribeBehaviour.NO_REPLY).frameLimit(99)
                .vitals(VitalsOptions.DEFAULT.withFps(30).withHeapLeak(64).withStatusBehaviour(DeviceStatusBehaviour.ERROR))
                .build();
        assertThat(c.toBuilder().build()).usingRecursiveComparison().isEqualTo(c);
        assertThat(c.disconnectAfterFrames()).hasValue(50);
        assertThat(c.frameLimit()).hasValue(99);
        assertThat(c.fps()).isEqualTo(30);
        assertThat(c.statusBehaviour()).isEqualTo(DeviceStatusBehaviour.ERROR);

        SimulatorConfig slower = c.toBuilder().meanTotalUs(200).build();
        assertThat(slower.meanTotalUs()).isEqualTo(200);
        assertThat(slower.seed()).isEqualTo(9);
        assertThat(c.meanTotalUs()).isEqualTo(180);
    }
}

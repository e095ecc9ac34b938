package io.lightwaveos.bench.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedFramesTest {

    @Test
    void theSameSeedGivesTheSameFramesAndAnotherSeedOtherTimings() {
        SimulatorConfig config = SimulatorConfig.builder().seed(5).meanTotalUs(200).build();
        List<BenchmarkFrame> frames = SimulatedFrames.generate(config, 500);
        assertThat(frames).hasSize(500).isEqualTo(SimulatedFrames.generate(config, 500));
        assertThat(SimulatedFrames.generate(config, 20)).isEqualTo(frames.subList(0, 20));
        assertThat(frames.stream().mapToDouble(BenchmarkFrame::avgTotalUs).average().orElseThrow())
                .isBetween(180.0, 220.0);
        assertThat(SimulatedFrames.generate(config.toBuilder().seed(6).build(), 500))
                .extracting(BenchmarkFrame::avgTotalUs)
                .isNotEqualTo(frames.stream().map(BenchmarkFrame::avgTotalUs).toList());
    }

    @Test
    void everyNthFrameIsExtendedAsConfigured() {
        List<BenchmarkFrame> frames = SimulatedFrames.generate(SimulatorConfig.builder().extendedEvery(4).build(), 12);
        assertThat(frames).extracting(BenchmarkFrame::isExtended)
                .containsExactly(false, false, false, true, false, false, false, true, false, false, false, true);
        assertThat(SimulatedFrames.generate(SimulatorConfig.defaults(), 12)).noneMatch(BenchmarkFrame::isExtended);
    }

    @Test
    void noFramesIsAnEmptyListAndANegativeCountIsRefused() {
        assertThat(SimulatedFrames.generate(SimulatorConfig.defaults(), 0)).isEmpty();
        assertThatThrownBy(() -> SimulatedFrames.generate(SimulatorConfig.defaults(), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("count must be 0 or more, got -1");
    }
}

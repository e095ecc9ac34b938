package io.lightwaveos.bench.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceModelTest {

    private static List<BenchmarkFrame> frames(SimulatorConfig config, int n) {
        DeviceModel model = new DeviceModel(config);
        List<BenchmarkFrame> out = new ArrayList<>(n);
        int every = config.extendedEvery();
        for (int i = 0; i < n; i++) {
            out.add(model.next(every > 0 && model.frameIndex() % every == every - 1));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameFramesAndAnotherSeedOthers() {
        SimulatorConfig a = SimulatorConfig.builder().seed(5).extendedEvery(3).build();
        assertThat(frames(a, 500)).isEqualTo(frames(a, 500));
        assertThat(frames(SimulatorConfig.builder().seed(6).extendedEvery(3).build(), 500))
                .isNotEqualTo(frames(a, 500));
    }

    @Test
    void timestampsAdvanceOneHundredMillisecondsAndHopsAboutFivePerFrame() {
        List<BenchmarkFrame> f = frames(SimulatorConfig.defaults(), 2000);
        long hopSteps = 0;
        for (int i = 1; i < f.size(); i++) {
            assertThat(f.get(i).timestampMs() - f.get(i - 1).timestampMs()).isEqualTo(100);
            long step = f.get(i).hopCount() - f.get(i - 1).hopCount();
            assertThat(step).isBetween(4L, 6L);
            hopSteps += step;
        }
        assertThat(hopSteps / (double) (f.size() - 1)).isCloseTo(5.0, within(0.05));
    }

    @Test
    void cpuLoadIsDerivedFromTheAverageAsTheDeviceDoes() {
        for (BenchmarkFrame f : frames(SimulatorConfig.defaults(), 300)) {
            assertThat(f.cpuLoadPercent()).isEqualTo(f.avgTotalUs() / 20000f * 100f);
        }
    }

    @Test
    void peaksAreNeverBelowTheAveragesAndRestartAfterEachPeaksResetFrame() {
        List<BenchmarkFrame> f = frames(SimulatorConfig.builder().noise(0.2).build(), 1000);
        int resets = 0;
        for (int i = 0; i < f.size(); i++) {
            BenchmarkFrame frame = f.get(i);
            assertThat((double) frame.peakTotalUs()).isGreaterThanOrEqualTo(frame.avgTotalUs());
            assertThat((double) frame.peakGoertzelUs()).isGreaterThanOrEqualTo(frame.avgGoertzelUs());
            if (frame.flags().peaksReset()) {
                resets++;
                assertThat(i % 10).isEqualTo(9);
            } else if (i + 1 < f.size()) {
                // Between resets a peak can only grow.
                assertThat(f.get(i + 1).peakTotalUs()).isGreaterThanOrEqualTo(frame.peakTotalUs());
            }
        }
        assertThat(resets).isEqualTo(100);
    }

    @Test
    void averagesFollowAnAr1ProcessAroundTheConfiguredMean() {
        SimulatorConfig config = SimulatorConfig.builder().meanTotalUs(400).noise(0.1).arCoefficient(0.9).seed(3).build();
        List<BenchmarkFrame> f = frames(config, 40_000);
        double[] x = f.stream().mapToDouble(BenchmarkFrame::avgTotalUs).toArray();
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= x.length;
        double var = 0;
        double lag = 0;
        for (int i = 0; i < x.length; i++) {
            var += (x[i] - mean) * (x[i] - mean);
            if (i + 1 < x.length) {
                lag += (x[i] - mean) * (x[i + 1] - mean);
            }
        }
        assertThat(mean).isCloseTo(400, within(4.0));
        assertThat(Math.sqrt(var / (x.length - 1))).isCloseTo(40, within(4.0));
        assertThat(lag / var).isCloseTo(0.9, within(0.02));
    }

    @Test
    void byDefaultConsecutiveFramesAreAsCorrelatedAsADevicesFrames() {
        // The device repeats one once-a-second EMA value in ~10 frames: lag-1 autocorrelation 0.9.
        List<BenchmarkFrame> f = frames(SimulatorConfig.defaults(), 40_000);
        double[] x = f.stream().mapToDouble(BenchmarkFrame::avgTotalUs).toArray();
        double mean = java.util.Arrays.stream(x).average().orElseThrow();
        double var = 0;
        double lag = 0;
        for (int i = 0; i < x.length; i++) {
            var += (x[i] - mean) * (x[i] - mean);
            if (i + 1 < x.length) {
                lag += (x[i] - mean) * (x[i + 1] - mean);
            }
        }
        assertThat(SimulatorConfig.defaults().arCoefficient()).isEqualTo(0.9);
        assertThat(lag / var).isCloseTo(0.9, within(0.02));
    }

    @Test
    void everyNthFrameIsExtendedAndItsHistogramCountsEveryHop() {
        List<BenchmarkFrame> f = frames(SimulatorConfig.builder().extendedEvery(4).build(), 40);
        long previousTotal = -1;
        long previousHops = 0;
        for (int i = 0; i < f.size(); i++) {
            assertThat(f.get(i).isExtended()).isEqualTo(i % 4 == 3);
            if (f.get(i).isExtended()) {
                long total = 0;
                for (int b : f.get(i).extended().histogram()) {
                    total += b;
                }
                if (previousTotal >= 0) {
                    assertThat(total - previousTotal).isEqualTo(f.get(i).hopCount() - previousHops);
                }
                previousTotal = total;
                previousHops = f.get(i).hopCount();
                assertThat(f.get(i).extended().avgDcAgcUs()).isPositive();
                assertThat(f.get(i).extended().avgChromaUs()).isPositive();
            }
        }
    }

    @Test
    void statsResetRestartsCountersAndSetsStreamingAndRebootRestartsTheClock() {
        DeviceModel model = new DeviceModel(SimulatorConfig.defaults());
        BenchmarkFrame before = model.next(false);
        assertThat(before.flags().streamingActive()).isFalse();
        assertThat(before.timestampMs()).isGreaterThan(5000);
        model.resetStats();
        BenchmarkFrame afterReset = model.next(false);
        assertThat(afterReset.hopCount()).isBetween(4L, 6L);
        assertThat(afterReset.flags().streamingActive()).isTrue();
        assertThat(afterReset.timestampMs()).isEqualTo(before.timestampMs() + 100);
        model.reboot();
        BenchmarkFrame afterReboot = model.next(false);
        assertThat(afterReboot.timestampMs()).isLessThan(before.timestampMs()).isBetween(3000L, 5000L);
        assertThat(afterReboot.hopCount()).isBetween(4L, 6L);
        assertThat(afterReboot.flags().streamingActive()).isFalse();
    }
}

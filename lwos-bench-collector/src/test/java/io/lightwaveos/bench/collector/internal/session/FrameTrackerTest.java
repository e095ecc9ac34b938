package io.lightwaveos.bench.collector.internal.session;

import static io.lightwaveos.bench.collector.internal.session.FrameTracker.GAP;
import static io.lightwaveos.bench.collector.internal.session.FrameTracker.NORMAL;
import static io.lightwaveos.bench.collector.internal.session.FrameTracker.REBOOT;
import static io.lightwaveos.bench.collector.internal.session.FrameTracker.STATS_RESET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameTrackerTest {

    private final FrameTracker tracker = new FrameTracker(100);

    @Test
    void firstFrameAndRegularStepsAreNormal() {
        assertThat(tracker.observe(5000, 100)).isEqualTo(NORMAL);
        assertThat(tracker.observe(5100, 105)).isEqualTo(NORMAL);
        assertThat(tracker.observe(5200, 110)).isEqualTo(NORMAL);
        assertThat(tracker.lastStepMs()).isEqualTo(100);
        assertThat(tracker.lastLostEstimate()).isZero();
    }

    @ParameterizedTest(name = "step {0} ms -> gap {1}, ~{2} lost")
    @CsvSource({
            "150, false, 0",
            "151, true, 1",
            "200, true, 1",
            "300, true, 2",
            "1000, true, 9",
            "60000, true, 599",
            "0, false, 0",
            "120, false, 0"})
    void aStepOfMoreThanOneAndAHalfIntervalsIsAGapWithALostFrameEstimate(long step, boolean gap, long lost) {
        tracker.observe(10_000, 1);
        int result = tracker.observe(10_000 + step, 2);
        assertThat(FrameTracker.has(result, GAP)).isEqualTo(gap);
        assertThat(tracker.lastLostEstimate()).isEqualTo(lost);
    }

    @Test
    void aBackwardsTimestampIsARebootAndNotAlsoAStatsReset() {
        tracker.observe(900_000, 45_000);
        assertThat(tracker.observe(3_000, 0)).isEqualTo(REBOOT);
        assertThat(tracker.lastStepMs()).isEqualTo(3_000 - 900_000);
        assertThat(tracker.observe(3_100, 5)).isEqualTo(NORMAL);
    }

    @Test
    void theThirtyTwoBitWrapIsAForwardStepNotAReboot() {
        tracker.observe(0xFFFF_FFFFL - 49, 1000);
        assertThat(tracker.observe(50, 1005)).isEqualTo(NORMAL);
        assertThat(tracker.lastStepMs()).isEqualTo(100);
        tracker.observe(0xFFFF_FFFFL - 49, 1010);
        assertThat(tracker.observe(350, 1015)).isEqualTo(GAP);
        assertThat(tracker.lastLostEstimate()).isEqualTo(3);
    }

    @Test
    void hopCountSteppingBackAloneIsAStatsResetAndCanComeWithAGap() {
        tracker.observe(10_000, 5_000);
        assertThat(tracker.observe(10_100, 4)).isEqualTo(STATS_RESET);
        assertThat(tracker.observe(10_700, 1)).isEqualTo(GAP | STATS_RESET);
        assertThat(tracker.lastLostEstimate()).isEqualTo(5);
    }

    @Test
    void rejectsANonPositiveInterval() {
        assertThatThrownBy(() -> new FrameTracker(0)).hasMessageContaining("intervalMs must be positive, got 0");
    }
}

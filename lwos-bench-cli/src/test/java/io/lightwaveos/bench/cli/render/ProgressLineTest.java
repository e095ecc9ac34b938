package io.lightwaveos.bench.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.collector.CollectionState;
import io.lightwaveos.bench.collector.Progress;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.RunCounters;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressLineTest {

    @Test
    void streamingShowsTimeSamplesRateLatestValuesAndTroubleCounters() {
        BenchmarkFrame f = BenchmarkFrame.compact(1000, 151.25f, 75f, 35.5f, 300, 100, 10, 5, Flags.of(3), 0);
        RunCounters c = new RunCounters(2, Map.of(RejectReason.BAD_LENGTH, 1L, RejectReason.NON_FINITE, 2L), 4, 9, 1, 0);
        Progress p = new Progress(CollectionState.STREAMING, Duration.ofMillis(12_340), 1234, 99.95, f, c, 0, 0, 0);
        assertThat(ProgressLine.of(p, Duration.ofSeconds(30), 0)).isEqualTo("12.3 s of 30.0 s  1234 samples  100.0 frames/s"
                + "  avg_total_us 151.25 µs  cpu 35.50 %  foreign 2  malformed 3  gaps 4  reconnects 1");
    }

    @Test
    void beforeTheFirstFrameItSaysWhatItIsDoing() {
        Progress p = new Progress(CollectionState.CONNECTING, Duration.ofMillis(500), 0, 0, null, RunCounters.ZERO, 0, 0, 0);
        assertThat(ProgressLine.of(p, null, 50)).isEqualTo("0.5 s  connecting  0/50 samples"
                + "  foreign 0  malformed 0  gaps 0  reconnects 0");
    }

    @Test
    void oneSampleIsSingularAndTheElapsedTimeNeverPassesTheDuration() {
        BenchmarkFrame f = BenchmarkFrame.compact(1000, 151.25f, 75f, 35.5f, 300, 100, 10, 5, Flags.of(3), 0);
        Progress one = new Progress(CollectionState.STREAMING, Duration.ofMillis(6_100), 1, 10, f, RunCounters.ZERO, 0, 0, 0);
        assertThat(ProgressLine.of(one, Duration.ofSeconds(6), 0)).startsWith("6.0 s of 6.0 s  1 sample  10.0 frames/s");
    }

    @Test
    void onAnEightyColumnTerminalTheLineFitsDroppingZeroCountersAndThenTheLeastImportantFields() {
        BenchmarkFrame f = BenchmarkFrame.compact(1000, 151.25f, 75f, 35.5f, 300, 100, 10, 5, Flags.of(3), 0);
        Progress clean = new Progress(CollectionState.STREAMING, Duration.ofMillis(12_340), 1234, 99.95, f,
                RunCounters.ZERO, 0, 0, 0);
        String line = ProgressLine.of(clean, Duration.ofSeconds(30), 0, 80);
        assertThat(line).hasSizeLessThanOrEqualTo(80)
                .isEqualTo("12.3 s of 30.0 s  1234 samples  100.0 frames/s  avg_total_us 151.25 µs");
        assertThat(ProgressLine.of(clean, Duration.ofSeconds(30), 0, 84))
                .isEqualTo("12.3 s of 30.0 s  1234 samples  100.0 frames/s  avg_total_us 151.25 µs  cpu 35.50 %");
        RunCounters trouble = new RunCounters(0, Map.of(RejectReason.BAD_LENGTH, 0L, RejectReason.NON_FINITE, 0L), 4, 9, 1, 0);
        Progress gaps = new Progress(CollectionState.STREAMING, Duration.ofMillis(12_340), 1234, 99.95, f, trouble, 0, 0, 0);
        assertThat(ProgressLine.of(gaps, Duration.ofSeconds(30), 0, 80)).hasSizeLessThanOrEqualTo(80)
                .contains("gaps 4").contains("reconnects 1").contains("avg_total_us 151.25 µs").doesNotContain("foreign");
        assertThat(ProgressLine.of(gaps, Duration.ofSeconds(30), 0, 30)).isEqualTo("12.3 s of 30.0 s  1234 samples");
    }
}

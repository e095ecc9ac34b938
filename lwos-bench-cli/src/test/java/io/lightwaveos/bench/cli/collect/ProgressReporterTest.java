package io.lightwaveos.bench.cli.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.collector.CollectionState;
import io.lightwaveos.bench.collector.Progress;
import io.lightwaveos.bench.run.RunCounters;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    private final AtomicLong samples = new AtomicLong();

    private Progress progress() {
        return new Progress(CollectionState.STREAMING, Duration.ofSeconds(1), samples.incrementAndGet(), 10, null,
                RunCounters.ZERO, 0, 0, 0);
    }

    private static String awaitText(StringWriter text, String wanted) throws InterruptedException {
        for (int i = 0; i < 500 && !text.toString().contains(wanted); i++) {
            Thread.sleep(10);
        }
        return text.toString();
    }

    @Test
    void periodicModePrintsWholeLinesForLogs() throws Exception {
        StringWriter text = new StringWriter();
        try (ProgressReporter r = ProgressReporter.start(this::progress, new PrintWriter(text),
                ProgressReporter.Mode.PERIODIC, Duration.ofMillis(5), null, 100)) {
            assertThat(awaitText(text, "3/100 samples")).contains("1/100 samples", "2/100 samples");
        }
        assertThat(text.toString()).doesNotContain("\r").endsWith("\n");
        assertThat(text.toString().lines()).allSatisfy(l -> assertThat(l).startsWith("1.0 s  ").contains("frames/s"));
    }

    @Test
    void liveModeRedrawsOneLineAndClearsItWhenClosed() throws Exception {
        StringWriter text = new StringWriter();
        try (ProgressReporter r = ProgressReporter.start(this::progress, new PrintWriter(text),
                ProgressReporter.Mode.LIVE, Duration.ofMillis(5), Duration.ofSeconds(10), 0)) {
            awaitText(text, " 2 samples");
        }
        String out = text.toString();
        assertThat(out).startsWith("\r1.0 s of 10.0 s  1 sample  ").doesNotContain("\n").endsWith("\r\u001b[K");
    }

    @Test
    void offPrintsNothing() {
        StringWriter text = new StringWriter();
        ProgressReporter.start(this::progress, new PrintWriter(text), ProgressReporter.Mode.OFF, Duration.ofMillis(1),
                null, 0).close();
        assertThat(text.toString()).isEmpty();
        assertThat(samples.get()).isZero();
    }
}

package io.lightwaveos.bench.collector;

import static io.lightwaveos.bench.collector.CollectorTest.config;
import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * A sink far slower than the device: reading pauses and resumes, the hand-off queue stays within
 * its bound, and not one frame is lost or reordered. Asserts on what happened (depth, pauses), not
 * on how long anything took.
 */
class CollectorBackpressureTest {

    private static final int SAMPLES = 5_000;

    @Test
    void aSlowSinkPausesReadingWithoutLosingAFrameAndTheQueueStaysBounded() throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(SimulatorConfig.builder().rate(1_000_000).build())) {
            CheckingSlowSink sink = new CheckingSlowSink();
            CollectionHandle collection = Collector.start(config(device).watermarks(64, 256).maxSamples(SAMPLES).build(),
                    sink);
            CollectionResult result = collection.await();
            HandOffStats handOff = collection.handOffStats();

            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(sink.count).isEqualTo(SAMPLES);
            assertThat(sink.problem).isNull();
            assertThat(result.counters().gaps()).isZero();
            // Reading was switched off and on again, repeatedly, and that alone bounded the queue:
            assertThat(handOff.pauses()).isGreaterThanOrEqualTo(2);
            assertThat(handOff.resumes()).isGreaterThanOrEqualTo(handOff.pauses() - 1);
            assertThat(handOff.stalls()).isZero();
            // At most the high watermark plus what one socket read (64 KiB of 34-byte messages) still held.
            // (plus at most one hand-off batch of 1024).
            assertThat(handOff.maxDepth()).isLessThanOrEqualTo(256 + 65_536 / 34 + 1024);
        }
    }

    /**
     * Sleeps a millisecond every 20 samples (at most 20,000 samples/s, a fraction of what the
     * simulator sends) and checks order as it goes.
     */
    private static final class CheckingSlowSink implements CollectionSink {
        long count;
        long lastTimestamp = -1;
        String problem;

        @Override
        public void sample(Sample s) {
            if (problem == null && s.seq() != count) {
                problem = "sample " + count + " has seq " + s.seq();
            }
            if (problem == null && lastTimestamp >= 0 && s.frame().timestampMs() != lastTimestamp + 100) {
                problem = "sample " + count + " follows timestamp " + lastTimestamp + " with " + s.frame().timestampMs();
            }
            lastTimestamp = s.frame().timestampMs();
            count++;
            if (count % 20 == 0) {
                LockSupport.parkNanos(1_000_000);
            }
        }
    }
}

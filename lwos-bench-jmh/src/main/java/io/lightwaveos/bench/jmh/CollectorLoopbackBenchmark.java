package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.collector.CollectionResult;
import io.lightwaveos.bench.collector.Collector;
import io.lightwaveos.bench.collector.CollectorConfig;
import io.lightwaveos.bench.collector.InMemorySink;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Simulator → collector → in-memory sink over loopback: one million frames per shot, every one
 * checked (count, seq order, 100 ms timestamp steps, no foreign/malformed/gap counts); a lost or
 * reordered frame fails the run. The score is time per frame: frames/s = 10^9 / (ns/op).
 *
 * <p>The simulator is asked for far more than the collector can take (10 M frames/s), so the
 * collector's own speed is measured; the simulator holds back whenever its socket is not writable.
 *
 * <p>Run: {@code java -jar lwos-bench-jmh/target/benchmarks.jar CollectorLoopbackBenchmark -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class CollectorLoopbackBenchmark {

    private static final int FRAMES = 1_000_000;

    private DeviceSimulator device;

    @Setup(Level.Iteration)
    public void startDevice() {
        device = DeviceSimulator.start(SimulatorConfig.builder().rate(SimulatorConfig.MAX_RATE).frameLimit(FRAMES).build());
    }

    @TearDown(Level.Iteration)
    public void stopDevice() {
        device.close();
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public long collectOneMillionFrames() {
        InMemorySink sink = new InMemorySink();
        CollectionResult result = Collector.collect(
                CollectorConfig.builder().url(device.url()).maxSamples(FRAMES).build(), sink);
        verify(result, sink.samples());
        return result.sampleCount();
    }

    /** Zero loss: exactly FRAMES samples, seq 0.., each frame 100 ms of device time after the last. */
    private static void verify(CollectionResult result, List<Sample> samples) {
        if (result.status() != RunStatus.COMPLETE || samples.size() != FRAMES || result.sampleCount() != FRAMES) {
            throw new IllegalStateException("expected " + FRAMES + " samples, COMPLETE; got " + samples.size()
                    + ", " + result.status() + " " + result.failureMessage());
        }
        if (result.counters().gaps() != 0 || result.counters().framesForeign() != 0
                || result.counters().framesMalformedTotal() != 0) {
            throw new IllegalStateException("expected clean counters, got " + result.counters());
        }
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            if (s.seq() != i || i > 0 && s.frame().timestampMs() != samples.get(i - 1).frame().timestampMs() + 100) {
                throw new IllegalStateException("frame " + i + " out of order or lost: seq " + s.seq()
                        + ", timestamp " + s.frame().timestampMs());
            }
        }
    }
}

package io.lightwaveos.bench.collector;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.gate.Allowance;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.Gate;
import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatedFrames;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * False alarms of the noise-aware gate, measured on the simulator's pipeline (an autocorrelated
 * pipeline, as on the device) rather than assumed: unchanged short runs must not fail against a
 * baseline from another unchanged run, and a real slowdown must. The fifty runs are the pipeline's
 * frames computed directly ({@link SimulatedFrames}: the simulator's model, without a socket); the
 * slowdown is collected from started simulators over the socket, end to end.
 */
class GateFalseAlarmTest {

    private static final double RATE = 5000;
    private static final double MEAN_TOTAL_US = 150;

    private static SimulatorConfig device(long seed, double meanTotalUs) {
        return SimulatorConfig.builder().rate(RATE).seed(seed).meanTotalUs(meanTotalUs).build();
    }

    /** The summaries of the compact metrics of {@code frames}. */
    private static Map<Metric, Summary> summaries(List<BenchmarkFrame> frames) {
        Map<Metric, Summary> summaries = new EnumMap<>(Metric.class);
        for (Metric m : Metric.compact()) {
            summaries.put(m, Summary.of(frames.stream().mapToDouble(m::read).toArray()));
        }
        return summaries;
    }

    /** The summaries of a run of {@code frames} frames from the pipeline of a simulator with {@code seed}. */
    private static Map<Metric, Summary> generate(long seed, int frames, double meanTotalUs) {
        return summaries(SimulatedFrames.generate(device(seed, meanTotalUs), frames));
    }

    /** The summaries of a run of {@code frames} frames collected over the socket from a simulator with {@code seed}. */
    private static Map<Metric, Summary> collect(long seed, int frames, double meanTotalUs) throws Exception {
        try (DeviceSimulator device = DeviceSimulator.start(device(seed, meanTotalUs))) {
            InMemorySink sink = new InMemorySink();
            CollectionResult result = Collector.collect(CollectorConfig.builder().url(device.url())
                    .maxSamples(frames).build(), sink);
            assertThat(result.status()).isEqualTo(RunStatus.COMPLETE);
            Map<Metric, Summary> summaries = new EnumMap<>(Metric.class);
            for (Metric m : Metric.compact()) {
                summaries.put(m, Summary.of(sink.series(m)));
            }
            assertThat(summaries.get(Metric.AVG_TOTAL_US).n()).isEqualTo(frames);
            return summaries;
        }
    }

    private static Baseline baseline(Map<Metric, Summary> run, String stat) {
        return Baseline.fromRun(run, Statistic.parse(stat), Allowance.DEFAULT_WARNING, Allowance.DEFAULT_FAILURE,
                Map.of());
    }

    @Test
    void fiftyUnchangedShortRunsNeverFailAgainstABaselineFromAnotherOne() {
        Map<Metric, Summary> reference = generate(1, 300, MEAN_TOTAL_US);
        Baseline onMean = baseline(reference, "mean");
        Baseline onP95 = baseline(reference, "p95");
        int fails = 0;
        int warns = 0;
        for (long seed = 100; seed < 150; seed++) {
            Map<Metric, Summary> run = generate(seed, 300, MEAN_TOTAL_US);
            for (GateResult r : new GateResult[] {Gate.evaluate(onMean, run), Gate.evaluate(onP95, run)}) {
                fails += r.result() == GateStatus.FAIL ? 1 : 0;
                warns += r.result() == GateStatus.WARN ? 1 : 0;
            }
        }
        assertThat(fails).as("fails in 100 gates of unchanged runs (%d warned)", warns).isZero();
    }

    @Test
    void aFifteenPercentSlowdownOverThreeThousandFramesFails() throws Exception {
        Map<Metric, Summary> reference = collect(7, 3000, MEAN_TOTAL_US);
        Map<Metric, Summary> slower = collect(8, 3000, MEAN_TOTAL_US * 1.15);
        for (String stat : new String[] {"mean", "p95"}) {
            GateResult r = Gate.evaluate(baseline(reference, stat), slower);
            assertThat(r.result()).as(stat).isEqualTo(GateStatus.FAIL);
            assertThat(r.metrics().stream().filter(m -> m.metric().equals("avg_total_us")).findFirst().orElseThrow()
                    .status()).as(stat).isEqualTo(GateStatus.FAIL);
        }
    }
}

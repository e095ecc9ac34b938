package io.lightwaveos.bench.cli;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.store.NewRun;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A history of stored runs for the tests of the commands that read histories ({@code history},
 * {@code check --against-history}, {@code ci}): each run 200 frames at 10 Hz around a level of
 * {@code avg_total_us}, the workload Ripple, one hour after the one before from {@link #T0}. The
 * level moves run to run by a relative noise (0.4 % unless {@link #runNoise} says otherwise) and
 * frame to frame by 1 µs; the n-th run is seeded with n, so a history is the same at every test run.
 */
public final class SteadyRuns {

    /** When the first run starts. */
    public static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    private final String location;
    private double runNoise = 0.004;
    private boolean cpuNoise = true;
    private Set<String> tags = Set.of();
    private int count;

    /** Runs into the store at {@code location} (a SQLite file or a PostgreSQL URL). */
    public SteadyRuns(String location) {
        this.location = location;
    }

    /** The run-to-run noise of the level, a fraction (0.005 = 0.5 %). */
    public SteadyRuns runNoise(double fraction) {
        this.runNoise = fraction;
        return this;
    }

    /** The CPU load is 70 % in every frame (by default it has 1 % of noise). */
    public SteadyRuns steadyCpu() {
        this.cpuNoise = false;
        return this;
    }

    /** Tags every later run with {@code tags}. */
    public SteadyRuns tags(String... tags) {
        this.tags = Set.of(tags);
        return this;
    }

    /** How many runs were stored: the number of the next one. */
    public int count() {
        return count;
    }

    /** Stores the next run, COMPLETE with its statistics cached, around {@code level} µs. */
    public Run add(String name, String rig, String branch, String commit, double level) {
        int i = count++;
        Instant start = T0.plusSeconds(3600L * i);
        SplittableRandom random = new SplittableRandom(i);
        double runLevel = level * (1 + runNoise * random.nextGaussian());
        List<Sample> samples = new ArrayList<>();
        long t0 = Sample.toMicros(start);
        for (int k = 0; k < 200; k++) {
            float avg = (float) (runLevel + random.nextGaussian());
            float cpu = cpuNoise ? 70f + (float) random.nextGaussian() : 70f;
            samples.add(new Sample(k, t0 + k * 100_000L, BenchmarkFrame.compact(100L * k, avg, cpu, avg / 200f,
                    (int) (avg * 3), 200, 5L * k, k, Flags.of(3), 0)));
        }
        RunContext context = RunContext.EMPTY.withRig(rig).withWorkload(new Workload(1, "Ripple", 128, 10, 0))
                .withVcs(new Vcs(commit, branch));
        return StoredRuns.write(location, NewRun.named(name).withSource("test").withTags(tags).withContext(context)
                .withStartedAt(start), samples);
    }
}

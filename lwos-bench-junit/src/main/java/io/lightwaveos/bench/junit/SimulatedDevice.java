package io.lightwaveos.bench.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the simulator that {@link LwosBenchExtension} starts behaves; on the test method, else on
 * the test class (or an enclosing class). Without it the simulator runs with these defaults, which
 * are {@link io.lightwaveos.bench.simulator.SimulatorConfig#defaults()} except for the rate (1000
 * frames/s instead of the device's 10, so tests collect quickly).
 *
 * <p>The simulator's values follow an AR(1) process around the means with the given relative
 * noise; the faults inject dropped frames (gaps), corrupted frames (counted as malformed) and
 * foreign-stream messages.
 *
 * <p>Every element can be overridden at run time, without recompiling, by the system property
 * (or JUnit configuration parameter) {@code lwos.bench.sim.NAME} or the environment variable
 * {@code LWOS_BENCH_SIM_NAME}: {@code mvn test -Dlwos.bench.sim.meanTotalUs=160
 * -Dlwos.bench.sim.seed=42}, {@code LWOS_BENCH_SIM_NOISE=0.02}. A failing test names the seed it ran
 * with.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SimulatedDevice {

    /** Frames per second (default 1000). */
    double rate() default 1000;

    /** Mean avgTotalUs in µs (default 150). */
    double meanTotalUs() default 150;

    /** Mean avgGoertzelUs in µs (default 75). */
    double meanGoertzelUs() default 75;

    /** Standard deviation of the timings as a fraction of their mean (default 0.05). */
    double noise() default 0.05;

    /**
     * Seed of every random choice; 0 (the default) for a seed derived from the test's unique id
     * (its class and method), so every test method sees its own samples, the same on every run.
     */
    long seed() default 0;

    /** Every Nth frame is extended (64 bytes); 0 for compact frames only (default). */
    int extendedEvery() default 0;

    /** Fraction of frames not sent, making gaps (default 0). */
    double dropRate() default 0;

    /** Fraction of frames corrupted (default 0). */
    double corruptRate() default 0;

    /** Chance per frame of an extra foreign-stream message (default 0). */
    double foreignRate() default 0;
}

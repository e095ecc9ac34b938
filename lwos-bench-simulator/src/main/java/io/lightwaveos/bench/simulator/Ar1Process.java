package io.lightwaveos.bench.simulator;

import java.util.random.RandomGenerator;

/**
 * A stationary AR(1) process around a mean: {@code x[t+1] = mean + phi (x[t] - mean) + e[t]},
 * {@code e ~ N(0, sd² (1 - phi²))}, so the long-run standard deviation is {@code sd} and the
 * lag-1 autocorrelation is {@code phi}, like the device's EMA-smoothed timings. Values are kept at
 * or above a floor of 1 % of the mean (a hop never takes no time).
 */
final class Ar1Process {

    private final double mean;
    private final double phi;
    private final double innovationSd;
    private final double floor;
    private final RandomGenerator random;
    private double value;

    /**
     * @param mean   the long-run mean
     * @param sd     the long-run standard deviation
     * @param phi    the AR coefficient, 0 to below 1
     * @param random the noise source
     */
    Ar1Process(double mean, double sd, double phi, RandomGenerator random) {
        this.mean = mean;
        this.phi = phi;
        this.innovationSd = sd * Math.sqrt(1 - phi * phi);
        this.floor = mean * 0.01;
        this.random = random;
        this.value = Math.max(floor, mean + sd * random.nextGaussian());
    }

    /** The next value. */
    double next() {
        value = Math.max(floor, mean + phi * (value - mean) + innovationSd * random.nextGaussian());
        return value;
    }

    /** The current value (the last one returned, or the start value). */
    double current() {
        return value;
    }
}

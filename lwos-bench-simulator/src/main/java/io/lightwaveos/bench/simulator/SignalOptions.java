package io.lightwaveos.bench.simulator;

/**
 * What the simulated device measures and how fast it sends it: the frame rate, the share of
 * extended frames and the timing values' means, noise and autocorrelation. Immutable; each
 * {@code with...} checks its value and says what it expects.
 *
 * @param rate           frames per second of host time (device time always advances 100 ms per frame)
 * @param extendedEvery  every Nth frame is extended (64 bytes); 0 for compact only
 * @param meanTotalUs    mean of avgTotalUs, µs
 * @param meanGoertzelUs mean of avgGoertzelUs, µs
 * @param noise          standard deviation of the timing values as a fraction of their mean
 * @param arCoefficient  AR(1) coefficient: how strongly each value follows the previous one (0 to below 1)
 */
public record SignalOptions(double rate, int extendedEvery, double meanTotalUs, double meanGoertzelUs, double noise,
        double arCoefficient) {

    /** 10 frames/s, compact only, 150 µs and 75 µs with 5 % noise, {@value SimulatorConfig#DEFAULT_AR_COEFFICIENT}. */
    public static final SignalOptions DEFAULT = new SignalOptions(10, 0, 150, 75, 0.05, SimulatorConfig.DEFAULT_AR_COEFFICIENT);

    /** Frames per second, above 0 and at most {@link SimulatorConfig#MAX_RATE}. */
    public SignalOptions withRate(double framesPerSecond) {
        if (!(framesPerSecond > 0 && framesPerSecond <= SimulatorConfig.MAX_RATE)) {
            throw new IllegalArgumentException("rate must be above 0 and at most " + (long) SimulatorConfig.MAX_RATE
                    + " frames/s, got " + framesPerSecond);
        }
        return new SignalOptions(framesPerSecond, extendedEvery, meanTotalUs, meanGoertzelUs, noise, arCoefficient);
    }

    /** Every Nth frame extended, 0 for never. */
    public SignalOptions withExtendedEvery(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("extendedEvery must be >= 0 (0 = never), got " + n);
        }
        return new SignalOptions(rate, n, meanTotalUs, meanGoertzelUs, noise, arCoefficient);
    }

    /** Mean avgTotalUs, above 0 and at most 60000 µs. */
    public SignalOptions withMeanTotalUs(double us) {
        return new SignalOptions(rate, extendedEvery, OptionChecks.positiveMean("meanTotalUs", us), meanGoertzelUs, noise,
                arCoefficient);
    }

    /** Mean avgGoertzelUs, above 0 and at most 60000 µs. */
    public SignalOptions withMeanGoertzelUs(double us) {
        return new SignalOptions(rate, extendedEvery, meanTotalUs, OptionChecks.positiveMean("meanGoertzelUs", us), noise,
                arCoefficient);
    }

    /** Standard deviation as a fraction of the mean, 0 to 1. */
    public SignalOptions withNoise(double fraction) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("noise must be between 0 and 1 (a fraction of the mean), got "
                    + fraction);
        }
        return new SignalOptions(rate, extendedEvery, meanTotalUs, meanGoertzelUs, fraction, arCoefficient);
    }

    /** AR(1) coefficient, 0 to 0.999. */
    public SignalOptions withArCoefficient(double phi) {
        if (!(phi >= 0 && phi <= 0.999)) {
            throw new IllegalArgumentException("arCoefficient must be between 0 and 0.999, got " + phi);
        }
        return new SignalOptions(rate, extendedEvery, meanTotalUs, meanGoertzelUs, noise, phi);
    }
}

package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitException;
import java.time.Duration;

/** Options given in seconds ({@code --duration 2.5}). */
final class Durations {

    private Durations() {
    }

    /**
     * {@code value} seconds.
     *
     * @throws ExitException a usage error naming {@code option} unless the value is positive and finite
     */
    static Duration seconds(String option, double value) {
        // Below half a nanosecond it would round to nothing.
        if (!(value >= 5e-10) || Double.isInfinite(value) || value > 1e9) {
            throw ExitException.usage(option + " must be a positive number of seconds (at least 0.000000001), got "
                    + value);
        }
        return Duration.ofNanos(Math.round(value * 1e9));
    }

    /**
     * {@code value} seconds, where 0 turns something off ({@link Duration#ZERO}).
     *
     * @throws ExitException a usage error naming {@code option} unless the value is 0 or positive and finite
     */
    static Duration secondsOrOff(String option, double value) {
        if (value == 0) {
            return Duration.ZERO;
        }
        if (!(value >= 5e-10) || Double.isInfinite(value) || value > 1e9) {
            throw ExitException.usage(option + " must be 0 (off) or a positive number of seconds (at least"
                    + " 0.000000001), got " + value);
        }
        return seconds(option, value);
    }
}

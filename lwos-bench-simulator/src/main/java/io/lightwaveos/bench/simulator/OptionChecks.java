package io.lightwaveos.bench.simulator;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** The rules the simulator's options share; each failure names the option, the rule and the value. */
final class OptionChecks {

    private OptionChecks() {
    }

    static double fraction(String name, double f) {
        if (!(f >= 0 && f <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + f);
        }
        return f;
    }

    static double positiveMean(String name, double us) {
        if (!(us > 0 && us <= 60_000)) {
            throw new IllegalArgumentException(name + " must be above 0 and at most 60000 µs, got " + us);
        }
        return us;
    }

    static long atLeastOne(String name, long n) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + n);
        }
        return n;
    }

    static int atLeastOneInt(String name, int n) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + n);
        }
        return n;
    }

    static int notNegative(String name, int n, String unit) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " must be >= 0" + unit + ", got " + n);
        }
        return n;
    }

    static Duration positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + seconds(d));
        }
        return d;
    }

    /** A duration as people write it ("0 s", "-1.5 s"), not as Duration prints it ("PT0S"). */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds()).add(BigDecimal.valueOf(d.getNano(), 9))
                .stripTrailingZeros().toPlainString() + " s";
    }
}

package io.lightwaveos.bench.analysis.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatTest {

    @Test
    void valuesHaveTwoDecimalsFromOneUpAndFourSignificantDigitsBelow() {
        assertThat(Format.value(146.2520543)).isEqualTo("146.25");
        assertThat(Format.value(236.0)).isEqualTo("236.00");
        assertThat(Format.value(-3.14159)).isEqualTo("-3.14");
        assertThat(Format.value(0.763823390007019)).isEqualTo("0.7638");
        assertThat(Format.value(0.000012346)).isEqualTo("0.00001235");
        assertThat(Format.value(0.5)).isEqualTo("0.5000");
        assertThat(Format.value(0.0)).isEqualTo("0.00");
        assertThat(Format.value(1_234_567.8)).isEqualTo("1234568");
        assertThat(Format.value((Double) null)).isEqualTo("-");
        assertThat(Format.value(Double.NaN)).isEqualTo("-");
        assertThat(Format.value(150.0, "µs")).isEqualTo("150.00 µs");
        assertThat(Format.value(null, "µs")).isEqualTo("-");
    }

    @Test
    void fixedDecimalsAreWhatStringFormatWrites() {
        double[] edges = {0, -0.0, 0.5, 1.5, 2.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1.0049999999999999, -0.001, 0.0005,
            9.995, 99.995, 146.255, 1e-7, 123456789.5, 1e20, 1.7976931348623157e308, Double.MIN_VALUE, -Double.MIN_VALUE,
            0.1 + 0.2, 1 / 3.0, 2 / 3.0, 1e7, 1.25e-3, 4.35, 4.45, 100_000.5};
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int k = 0; k < 2_000 + edges.length; k++) {
            double v = k < edges.length ? edges[k]
                    : (r.nextBoolean() ? -1 : 1) * Math.pow(10, r.nextDouble(-8, 12)) * (k % 3 == 0 ? 1 : (float) r.nextDouble());
            for (int decimals = 0; decimals <= 8; decimals++) {
                assertThat(Format.fixed(v, decimals)).as("%s, %d decimals", v, decimals)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%." + decimals + "f", v));
            }
            assertThat(Format.percent(v)).as("%s", v)
                    .isEqualTo(String.format(java.util.Locale.ROOT, "%+.2f%%", v * 100));
        }
    }

    /**
     * Values whose shortest decimal ends in a 5 just after the kept digits, and their neighbours one
     * ulp away: where rounding the binary value and rounding its decimal can part.
     */
    @Test
    void fixedDecimalsNextToAHalfAreWhatStringFormatWrites() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(13);
        for (int k = 0; k < 3_000; k++) {
            int decimals = r.nextInt(0, 9);
            double half = (r.nextLong(0, 1_000_000_000L) + 0.5) / Math.pow(10, decimals);
            double v = Double.parseDouble(new java.math.BigDecimal(half).round(new java.math.MathContext(15)).toString());
            for (double w : new double[] {v, Math.nextUp(v), Math.nextDown(v), -v}) {
                assertThat(Format.fixed(w, decimals)).as("%s, %d decimals", w, decimals)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%." + decimals + "f", w));
            }
        }
    }

    @Test
    void differencesCarryTheirSign() {
        assertThat(Format.signed(7.927)).isEqualTo("+7.93");
        assertThat(Format.signed(-0.5)).isEqualTo("-0.5000");
        assertThat(Format.percent(0.054201300362641175)).isEqualTo("+5.42%");
        assertThat(Format.percent(-0.0118)).isEqualTo("-1.18%");
        assertThat(Format.percent(null)).isEqualTo("-");
    }

    @Test
    void pValuesSwitchToExponentsBelowOneInTenThousand() {
        assertThat(Format.pValue(0.04999)).isEqualTo("0.0500");
        assertThat(Format.pValue(9.37839895728332e-05)).isEqualTo("9.4e-05");
        assertThat(Format.pValue(3.1351620641625456e-46)).isEqualTo("3.1e-46");
        assertThat(Format.pValue(0.0)).isEqualTo("0.0000");
        assertThat(Format.pValue(null)).isEqualTo("-");
    }

    @Test
    void durationsAndTimesReadForPeople() {
        assertThat(Format.duration(Duration.ofMillis(9_840))).isEqualTo("9.8 s");
        assertThat(Format.duration(Duration.ofSeconds(303))).isEqualTo("5 min 03 s");
        assertThat(Format.duration(Duration.ofMinutes(127))).isEqualTo("2 h 07 min");
        assertThat(Format.duration(Instant.EPOCH, null)).isEqualTo("-");
        assertThat(Format.time(Instant.parse("2026-11-26T14:02:19.123456Z"))).isEqualTo("2026-11-26 14:02:19Z");
        assertThat(Format.preciseTime(Instant.parse("2026-11-26T14:02:19.123456Z"))).isEqualTo("2026-11-26 14:02:19.123Z");
    }

    @Test
    void exponentsCountsAndDurationsAreWhatStringFormatWrites() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        double[] edges = {9.95e-5, 9.949999999999999e-5, 1e-300, Double.MIN_VALUE, 1.25e-10, 1.35e-10, 9.99e-100, 5e-5,
            0.999, 9.5, 1, 123456.0, 1e300, Double.MAX_VALUE};
        for (int k = 0; k < 5_000 + edges.length; k++) {
            double v = k < edges.length ? edges[k] : Math.pow(10, r.nextDouble(-320, 5)) * (k % 2 == 0 ? 1 : r.nextDouble());
            if (v > 0) {
                assertThat(Format.scientific(v)).as("%s", v).isEqualTo(String.format(java.util.Locale.ROOT, "%.1e", v));
            }
        }
        long[] counts = {0, 7, -7, 999, 1000, -1000, 123456, 1234567, -1234567, Long.MAX_VALUE, Long.MIN_VALUE};
        for (int k = 0; k < 2_000 + counts.length; k++) {
            long n = k < counts.length ? counts[k] : r.nextLong() >> r.nextInt(64);
            assertThat(Format.count(n)).as("%d", n).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", n));
        }
        for (int k = 0; k < 2_000; k++) {
            long ms = k < 100 ? k * 997L : r.nextLong(0, 400_000_000L);
            long s = ms / 1000;
            String expected = ms < 60_000 ? String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0)
                    : s < 3600 ? String.format(java.util.Locale.ROOT, "%d min %02d s", s / 60, s % 60)
                    : String.format(java.util.Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
            assertThat(Format.duration(Duration.ofMillis(ms))).as("%d ms", ms).isEqualTo(expected);
        }
    }

    @Test
    void timesAreWhatTheirPatternWrites() {
        java.time.format.DateTimeFormatter pattern = java.time.format.DateTimeFormatter
                .ofPattern("uuuu-MM-dd HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        List<Instant> times = new java.util.ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z"), Instant.ofEpochSecond(-1, 999_999_999),
                Instant.parse("2024-02-29T23:59:59.5Z")));
        for (int i = 0; i < 2_000; i++) {
            times.add(Instant.ofEpochSecond(r.nextLong(-70_000_000_000L, 300_000_000_000L), r.nextInt(1_000_000_000)));
        }
        for (Instant t : times) {
            assertThat(Format.time(t)).as("%s", t).isEqualTo(pattern.format(t));
        }
    }
}

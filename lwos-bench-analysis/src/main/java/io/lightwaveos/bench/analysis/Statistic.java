package io.lightwaveos.bench.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named descriptive statistic of a {@link Summary}, as baseline files and the gate name it:
 * one of {@link Summary#FIELDS} ({@code mean}, {@code p95}, {@code p99_9}, {@code mad}, …) or any
 * percentile written {@code pNN} or {@code pNN_D} / {@code pNN.D} ({@code p75}, {@code p99_99}).
 */
public final class Statistic {

    /** The default statistic of a baseline threshold. */
    public static final Statistic MEAN = new Statistic("mean", Double.NaN);

    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,3})(?:[._](\\d+))?");

    private final String name;
    /** The percentile for pNN names, NaN for the named fields. */
    private final double percentile;

    private Statistic(String name, double percentile) {
        this.name = name;
        this.percentile = percentile;
    }

    /**
     * Parses a statistic name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted forms when {@code text} is none of them
     */
    public static Statistic parse(String text) {
        Objects.requireNonNull(text, "text");
        String name = text.trim().toLowerCase(Locale.ROOT);
        if (Summary.FIELDS.contains(name)) {
            return new Statistic(name, Double.NaN);
        }
        Matcher m = PERCENTILE.matcher(name);
        if (m.matches()) {
            String whole = Integer.toString(Integer.parseInt(m.group(1)));
            String fraction = m.group(2);
            double p = Double.parseDouble(whole + (fraction == null ? "" : "." + fraction));
            if (p <= 100) {
                return new Statistic("p" + whole + (fraction == null ? "" : "_" + fraction), p);
            }
        }
        throw new IllegalArgumentException("statistic must be one of " + String.join(", ", Summary.FIELDS)
                + " or a percentile pNN / pNN_D between p0 and p100, got \"" + text + "\"");
    }

    /** The canonical name ({@code mean}, {@code p95}, {@code p99_9}). */
    public String name() {
        return name;
    }

    /** This statistic of {@code summary}; null when the summary cannot compute it (e.g. n = 0). */
    public Double valueIn(Summary summary) {
        if (!Double.isNaN(percentile)) {
            return summary.percentile(percentile);
        }
        return switch (name) {
            case "n" -> (double) summary.n();
            case "mean" -> summary.mean();
            case "std" -> summary.std();
            case "min" -> summary.min();
            case "max" -> summary.max();
            case "median" -> summary.median();
            case "mad" -> summary.mad();
            case "p50" -> summary.p50();
            case "p90" -> summary.p90();
            case "p95" -> summary.p95();
            case "p99" -> summary.p99();
            case "p99_9" -> summary.p99_9();
            case "lag1_autocorrelation" -> summary.lag1Autocorrelation();
            case "n_eff" -> summary.nEff();
            default -> throw new IllegalStateException("unhandled statistic " + name);
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Statistic s && s.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}

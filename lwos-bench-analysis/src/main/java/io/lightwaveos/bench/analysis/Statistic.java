package io.lightwaveos.bench.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named descriptive statistic of a {@link Summary}, as baseline files and the gate name it:
 * one of the registry's {@link SummaryStat}s ({@code mean}, {@code p95}, {@code p99_9}, {@code mad}, …)
 * or any percentile written {@code pNN} or {@code pNN_D} / {@code pNN.D} ({@code p75}, {@code p99_99}).
 */
public final class Statistic {

    /** The default statistic of a baseline threshold. */
    public static final Statistic MEAN = of(SummaryStat.MEAN);

    private static final Pattern PERCENTILE = Pattern.compile("p(\\d{1,3})(?:[._](\\d+))?");

    private final String name;
    /** The registry statistic, or null for a percentile outside the registry. */
    private final SummaryStat registered;
    /** The percentile for pNN names outside the registry, NaN otherwise. */
    private final double percentile;

    private Statistic(String name, SummaryStat registered, double percentile) {
        this.name = name;
        this.registered = registered;
        this.percentile = percentile;
    }

    /** The statistic of a registry entry. */
    public static Statistic of(SummaryStat stat) {
        return new Statistic(stat.id(), stat, Double.NaN);
    }

    /**
     * Parses a statistic name (case-insensitive).
     *
     * @throws IllegalArgumentException naming the accepted forms when {@code text} is none of them
     */
    public static Statistic parse(String text) {
        Objects.requireNonNull(text, "text");
        String name = text.trim().toLowerCase(Locale.ROOT);
        var registered = SummaryStat.byId(name);
        if (registered.isPresent()) {
            return of(registered.get());
        }
        Matcher m = PERCENTILE.matcher(name);
        if (m.matches()) {
            String whole = Integer.toString(Integer.parseInt(m.group(1)));
            String fraction = m.group(2);
            double p = Double.parseDouble(whole + (fraction == null ? "" : "." + fraction));
            if (p <= 100) {
                String canonical = "p" + whole + (fraction == null ? "" : "_" + fraction);
                return SummaryStat.byId(canonical).map(Statistic::of).orElseGet(() -> new Statistic(canonical, null, p));
            }
        }
        throw new IllegalArgumentException("statistic must be one of " + String.join(", ", SummaryStat.ids())
                + " or a percentile pNN / pNN_D between p0 and p100, got \"" + text + "\"");
    }

    /** The canonical name ({@code mean}, {@code p95}, {@code p99_9}). */
    public String name() {
        return name;
    }

    /** This statistic of {@code summary}; null when the summary cannot compute it (e.g. n = 0). */
    public Double valueIn(Summary summary) {
        return registered != null ? registered.valueIn(summary) : summary.percentile(percentile);
    }

    /** Whether this statistic has a 95% interval ({@link Intervals}): the mean and every percentile. */
    public boolean hasInterval() {
        return registered == null || registered.hasInterval();
    }

    /** This statistic's 95% interval in {@code summary} ({@link Intervals}); null when it has none or n &lt; 2. */
    public Interval intervalIn(Summary summary) {
        return registered != null ? Intervals.of(summary, registered) : Intervals.percentile(summary, percentile);
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

package io.lightwaveos.bench.analysis.gate;

/**
 * A baseline file that does not follow the format (SPEC §6). The message names the offending key
 * (a dotted path such as {@code _thresholds.avg_total_us.warning}) and says what was expected and
 * what was found.
 */
public final class BaselineFormatException extends RuntimeException {

    /** What is wrong. */
    public enum Reason {
        /** Not JSON, or not a JSON object at the top. */
        SYNTAX,
        /** A value has the wrong JSON type (a baseline value that is not a number, a threshold that is not an object, …). */
        WRONG_TYPE,
        /** A threshold's {@code stat} names no statistic. */
        BAD_STATISTIC,
        /** A {@code warning} / {@code failure} allowance is not like {@code "+5%"} or {@code "+12.5"}. */
        BAD_ALLOWANCE,
        /** A {@code direction} is not {@code lower_is_better} / {@code higher_is_better}. */
        BAD_DIRECTION,
        /** A threshold has a field the format does not define. */
        UNKNOWN_FIELD,
        /** A threshold is given for a key without a baseline value. */
        THRESHOLD_WITHOUT_BASELINE,
        /** The file holds no baseline value at all. */
        EMPTY
    }

    private final String key;
    private final Reason reason;

    /**
     * @param key     the offending key as a dotted path; empty for the whole document
     * @param reason  what is wrong
     * @param problem what was expected and what was found
     */
    public BaselineFormatException(String key, Reason reason, String problem) {
        super(key.isEmpty() ? "baseline: " + problem : "baseline key \"" + key + "\": " + problem);
        this.key = key;
        this.reason = reason;
    }

    /** The offending key as a dotted path ({@code _thresholds.avg_total_us.stat}); empty for the whole document. */
    public String key() {
        return key;
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }
}

package io.lightwaveos.bench.web.api;

import io.javalin.http.Context;
import io.lightwaveos.bench.metric.Metric;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates request parameters. Every violation is a 400 whose message names the
 * parameter, the rule and (shortened) what was given; nothing reaches the data side unchecked.
 */
public final class QueryParams {

    /** Longest text parameter accepted (run references, names). */
    public static final int MAX_TEXT = 200;
    /** Longest tag accepted. */
    public static final int MAX_TAG = 64;

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,12}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,17})?([eE]-?[0-9]{1,3})?");

    private QueryParams() {
    }

    /**
     * A run reference from the path: 1 to {@value #MAX_TEXT} characters, no control characters.
     * Whether it names a run is the data side's question.
     */
    public static String runRef(Context ctx, String pathParam) {
        String ref = ctx.pathParam(pathParam);
        checkText("run reference", ref, MAX_TEXT);
        return ref;
    }

    /** A run reference from a query parameter that must be present. */
    public static String requiredRunRef(Context ctx, String name) {
        String ref = single(ctx, name).orElseThrow(() -> ApiException.badRequest(
                "missing parameter " + name + ": expected a run id, id prefix or run name"));
        checkText(name, ref, MAX_TEXT);
        return ref;
    }

    /** An optional free-text parameter of at most {@code maxLength} characters; blank counts as absent. */
    public static Optional<String> text(Context ctx, String name, int maxLength) {
        Optional<String> value = single(ctx, name).map(String::strip).filter(s -> !s.isEmpty());
        value.ifPresent(v -> checkText(name, v, maxLength));
        return value;
    }

    /** A comma-separated list of tags (each 1 to {@value #MAX_TAG} characters); empty when absent. */
    public static Set<String> tags(Context ctx, String name) {
        Set<String> tags = new LinkedHashSet<>();
        for (String raw : ctx.queryParams(name)) {
            for (String part : raw.split(",", -1)) {
                String tag = part.strip();
                if (!tag.isEmpty()) {
                    checkText(name, tag, MAX_TAG);
                    tags.add(tag);
                }
            }
        }
        if (tags.size() > 32) {
            throw ApiException.badRequest(name + ": expected at most 32 tags, got " + tags.size());
        }
        return tags;
    }

    /**
     * A count parameter: a positive integer, clamped into [{@code min}, {@code max}]. Zero, negative,
     * non-integer or absurd (above {@code absurd}) values are a 400 rather than silently clamped:
     * they are mistakes, not wishes.
     */
    public static int clampedCount(Context ctx, String name, int defaultValue, int min, int max, long absurd) {
        Optional<String> raw = single(ctx, name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        String text = raw.get().strip();
        if (!DIGITS.matcher(text).matches()) {
            throw ApiException.badRequest(name + " must be a positive integer, got \"" + shorten(text) + "\"");
        }
        long value = Long.parseLong(text);
        if (value < 1 || value > absurd) {
            throw ApiException.badRequest(name + " must be between 1 and " + absurd + ", got " + value);
        }
        return (int) Math.max(min, Math.min(max, value));
    }

    /**
     * An optional integer in [{@code min}, {@code max}]; anything else (a sign, a fraction, a value
     * outside the range) is a 400 naming the range, not a silent clamp.
     */
    public static Optional<Integer> integer(Context ctx, String name, int min, int max) {
        Optional<String> raw = single(ctx, name).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String text = raw.get();
        if (!DIGITS.matcher(text).matches() || Long.parseLong(text) < min || Long.parseLong(text) > max) {
            throw ApiException.badRequest(name + " must be an integer from " + min + " to " + max + ", got \""
                    + shorten(text) + "\"");
        }
        return Optional.of(Integer.parseInt(text));
    }

    /** An optional yes/no flag: {@code true}, {@code false}, {@code 1}, {@code 0}, {@code on}; false when absent. */
    public static boolean flag(Context ctx, String name) {
        Optional<String> raw = single(ctx, name).map(String::strip).filter(s -> !s.isEmpty());
        if (raw.isEmpty()) {
            return false;
        }
        return switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "yes" -> true;
            case "false", "0", "off", "no" -> false;
            default -> throw ApiException.badRequest(name + " must be true or false, got \"" + shorten(raw.get()) + "\"");
        };
    }

    /**
     * An optional point in time: a date ({@code 2026-11-01}, midnight UTC) or an ISO-8601 instant
     * ({@code 2026-11-01T08:00:00Z}), as the CLI's {@code --since} takes it.
     */
    public static Optional<Instant> instant(Context ctx, String name) {
        Optional<String> raw = text(ctx, name, 40);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        String text = raw.get();
        try {
            return Optional.of(text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date (2026-11-01) or an ISO-8601 instant"
                    + " (2026-11-01T08:00:00Z), got \"" + shorten(text) + "\"");
        }
    }

    /** An optional integer of at least -1 (a seq cursor); empty when absent. */
    public static Optional<Long> seqCursor(Context ctx, String name) {
        Optional<String> raw = single(ctx, name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parseSeq(name, raw.get()));
    }

    /** Parses a seq cursor: -1 or a non-negative integer. */
    public static long parseSeq(String name, String raw) {
        String text = raw.strip();
        if (text.equals("-1")) {
            return -1;
        }
        if (!DIGITS.matcher(text).matches()) {
            throw ApiException.badRequest(name + " must be -1 or a sample seq (integer >= 0), got \""
                    + shorten(text) + "\"");
        }
        return Long.parseLong(text);
    }

    /** An optional plain decimal number ({@code 0.05}, {@code 1e-3}); no sign, no NaN, no hex. */
    public static Optional<Double> decimal(Context ctx, String name) {
        return single(ctx, name).map(String::strip).map(text -> parseDecimal(name, text));
    }

    /** An optional signed decimal (histogram range bounds). */
    public static Optional<Double> signedDecimal(Context ctx, String name) {
        return single(ctx, name).map(String::strip).map(text -> text.startsWith("-")
                ? -parseDecimal(name, text.substring(1))
                : parseDecimal(name, text));
    }

    private static double parseDecimal(String name, String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw ApiException.badRequest(name + " must be a decimal number, got \"" + shorten(text) + "\"");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw ApiException.badRequest(name + " must be finite, got \"" + shorten(text) + "\"");
        }
        return value;
    }

    /** A required metric name from the registry. */
    public static Metric metric(Context ctx, String name) {
        String id = single(ctx, name).map(String::strip).orElseThrow(() -> ApiException.badRequest(
                "missing parameter " + name + ": expected one of " + knownMetrics()));
        return metricById(name, id);
    }

    /** A comma-separated list of metric names; {@code defaults} when absent or blank. */
    public static List<Metric> metrics(Context ctx, String name, List<Metric> defaults) {
        List<String> raw = ctx.queryParams(name);
        Set<Metric> metrics = new LinkedHashSet<>();
        for (String value : raw) {
            for (String part : value.split(",", -1)) {
                String id = part.strip();
                if (!id.isEmpty()) {
                    metrics.add(metricById(name, id));
                }
            }
        }
        return metrics.isEmpty() ? defaults : new ArrayList<>(metrics);
    }

    /** Known metric ids, comma-separated, for error messages. */
    public static String knownMetrics() {
        return String.join(", ", Metric.ids());
    }

    private static Metric metricById(String param, String id) {
        return Metric.byId(id).orElseThrow(() -> ApiException.badRequest(
                param + ": unknown metric \"" + shorten(id) + "\"; known metrics: " + knownMetrics()));
    }

    /** The parameter's value; a 400 when it is given more than once (which value was meant?). */
    public static Optional<String> single(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw ApiException.badRequest(name + " must be given once, got " + values.size() + " values");
        }
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static void checkText(String name, String value, int maxLength) {
        if (value.isEmpty() || value.length() > maxLength) {
            throw ApiException.badRequest(name + " must be 1 to " + maxLength + " characters, got "
                    + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw ApiException.badRequest(name + " must not contain control characters (found U+"
                        + String.format("%04X", (int) value.charAt(i)) + ")");
            }
        }
    }

    /** Echoes at most 60 characters of client input back in a message. */
    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}

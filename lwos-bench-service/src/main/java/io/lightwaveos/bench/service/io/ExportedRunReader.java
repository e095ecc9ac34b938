package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.ContextFields;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.text.Printable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the {@code run} object of a JSON export (SPEC §12): the fields {@link SampleExporter}
 * writes, each checked for its type and range; {@code context}, {@code quality} and
 * {@code events} (export/v2) may be absent (export/v1) and are then empty. Keys this reader does
 * not know are ignored, so a newer writer's additions do not break it.
 */
final class ExportedRunReader {

    private ExportedRunReader() {
    }

    /**
     * The run described by {@code run}.
     *
     * @param line the line the object starts on, for messages
     * @throws ImportException naming the line and the field, when a field is of the wrong type or out of range
     */
    static ExportedRun read(JsonNode run, long line) {
        try {
            List<String> tags = new ArrayList<>();
            JsonNode tagsNode = run.get("tags");
            if (tagsNode != null && !tagsNode.isNull()) {
                if (!tagsNode.isArray()) {
                    throw new IllegalArgumentException("run.tags: expected an array of strings, got " + describe(tagsNode));
                }
                for (JsonNode t : tagsNode) {
                    if (!t.isTextual()) {
                        throw new IllegalArgumentException("run.tags: expected an array of strings, found " + describe(t));
                    }
                    tags.add(requireNoNul(t.asText(), "run.tags"));
                }
            }
            JsonNode c = objectOrEmpty(run, "counters", "run.counters");
            JsonNode m = objectOrEmpty(c, "frames_malformed", "run.counters.frames_malformed");
            Map<RejectReason, Long> malformed = new EnumMap<>(RejectReason.class);
            for (RejectReason r : SampleExporter.malformedReasons()) {
                malformed.put(r, count(m, r.name(), "run.counters.frames_malformed."));
            }
            RunCounters counters = new RunCounters(count(c, "frames_foreign", "run.counters."), malformed,
                    count(c, "gaps", "run.counters."), count(c, "frames_lost_estimate", "run.counters."),
                    count(c, "reconnects", "run.counters."), count(c, "reboots", "run.counters."));
            String name = text(run, "name", "run.");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("run.name: expected a non-empty name");
            }
            String started = text(run, "started_at", "run.");
            if (started == null) {
                throw new IllegalArgumentException("run.started_at: expected a time, got none");
            }
            String ended = text(run, "ended_at", "run.");
            String status = text(run, "status", "run.");
            Instant startedAt = time(started, "run.started_at");
            Instant endedAt = ended == null ? null : time(ended, "run.ended_at");
            if (endedAt != null && endedAt.isBefore(startedAt)) {
                throw new IllegalArgumentException("run.ended_at: expected a time not before started_at ("
                        + Printable.of(started) + "), got " + Printable.of(ended));
            }
            RunStatus parsedStatus;
            try {
                parsedStatus = status == null ? RunStatus.COMPLETE : RunStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("run.status: " + e.getMessage());
            }
            return new ExportedRun(text(run, "id", "run."), name, text(run, "description", "run."), tags,
                    text(run, "source", "run."), parsedStatus, startedAt, endedAt, counters,
                    context(run.get("context")), quality(run.get("quality")), events(run.get("events")),
                    null, acknowledged(run.get("acknowledged")));
        } catch (NulCharacter e) {
            JsonNode id = run.get("id");
            throw new ImportException(line, (id != null && id.isTextual() ? "run " + Printable.truncate(id.asText(), 40)
                    + ": " : "") + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ImportException(line, e.getMessage());
        }
    }

    /**
     * A text holding a NUL character: refused, as no store keeps one (the store's rule,
     * {@link io.lightwaveos.bench.store.StoredText}), before anything of the file is stored.
     */
    private static final class NulCharacter extends IllegalArgumentException {
        NulCharacter(String field, String text) {
            super(field + ": expected text without NUL characters (U+0000), got \"" + Printable.truncate(text, 40)
                    + "\" (NUL at character " + (text.indexOf('\0') + 1) + "); no store keeps one");
        }
    }

    private static String requireNoNul(String text, String field) {
        if (text.indexOf('\0') >= 0) {
            throw new NulCharacter(field, text);
        }
        return text;
    }

    private static RunContext context(JsonNode node) {
        if (node == null || node.isNull()) {
            return RunContext.EMPTY;
        }
        requireObject(node, "run.context");
        Map<String, JsonNode> groups = new HashMap<>();
        return ContextFields.read(new ContextFields.Source() {
            @Override
            public String text(ContextFields.Field field) {
                return ExportedRunReader.text(group(field.group()), field.name(), prefix(field.group()));
            }

            @Override
            public Long whole(ContextFields.Field field) {
                return ExportedRunReader.whole(group(field.group()), field.name(), prefix(field.group()),
                        field.kind().min(), field.kind().max());
            }

            @Override
            public Map<String, String> meta() {
                JsonNode metaNode = group(ContextFields.META);
                Map<String, String> meta = new LinkedHashMap<>();
                for (var it = metaNode.fields(); it.hasNext(); ) {
                    var e = it.next();
                    if (!e.getValue().isTextual()) {
                        throw new IllegalArgumentException("run.context.meta." + Printable.truncate(e.getKey(), 40)
                                + ": expected a string, got " + describe(e.getValue()));
                    }
                    meta.put(requireNoNul(e.getKey(), "run.context.meta (a key)"), requireNoNul(e.getValue().asText(),
                            "run.context.meta." + Printable.truncate(e.getKey(), 40)));
                }
                return meta;
            }

            private JsonNode group(String group) {
                return group == null ? node
                        : groups.computeIfAbsent(group, g -> objectOrEmpty(node, g, "run.context." + g));
            }

            private String prefix(String group) {
                return group == null ? "run.context." : "run.context." + group + ".";
            }
        });
    }

    private static RunQuality quality(JsonNode node) {
        if (node == null || node.isNull()) {
            return RunQuality.CLEAN;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("run.quality: expected an array of reasons, got " + describe(node));
        }
        EnumSet<QualityReason> reasons = EnumSet.noneOf(QualityReason.class);
        for (JsonNode r : node) {
            if (!r.isTextual()) {
                throw new IllegalArgumentException("run.quality: expected an array of reasons, found " + describe(r));
            }
            try {
                reasons.add(QualityReason.fromJsonName(r.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("run.quality: " + Printable.of(e.getMessage()));
            }
        }
        return new RunQuality(reasons);
    }

    private static List<RunEvent> events(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("run.events: expected an array of events, got " + describe(node));
        }
        List<RunEvent> events = new ArrayList<>(node.size());
        int i = 0;
        for (JsonNode e : node) {
            String p = "run.events[" + i++ + "].";
            requireObject(e, p.substring(0, p.length() - 1));
            String at = text(e, "at", p);
            String type = text(e, "type", p);
            if (at == null || type == null) {
                throw new IllegalArgumentException(p + (at == null ? "at" : "type") + ": expected a string, got none");
            }
            EventType t;
            try {
                t = EventType.fromJsonName(type);
            } catch (IllegalArgumentException x) {
                throw new IllegalArgumentException(p + "type: " + Printable.of(x.getMessage()));
            }
            events.add(new RunEvent(time(at, p + "at"), t, text(e, "detail", p)));
        }
        return events;
    }

    /** {@code [{"metric", "reason", "acknowledged_at"}]}; absent (older files) is none. */
    private static List<ExportedRun.Ack> acknowledged(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("run.acknowledged: expected an array of acknowledged changes, got "
                    + describe(node));
        }
        List<ExportedRun.Ack> acks = new ArrayList<>(node.size());
        int i = 0;
        for (JsonNode a : node) {
            String p = "run.acknowledged[" + i++ + "].";
            requireObject(a, p.substring(0, p.length() - 1));
            String metric = text(a, "metric", p);
            String reason = text(a, "reason", p);
            String at = text(a, "acknowledged_at", p);
            if (metric == null || metric.isBlank() || reason == null || reason.isBlank() || at == null) {
                String missing = metric == null || metric.isBlank() ? "metric"
                        : reason == null || reason.isBlank() ? "reason" : "acknowledged_at";
                throw new IllegalArgumentException(p + missing + ": expected a non-empty string, got none");
            }
            acks.add(new ExportedRun.Ack(metric, reason, time(at, p + "acknowledged_at")));
        }
        return acks;
    }

    private static Instant time(String text, String field) {
        try {
            return SampleRows.parseTimestamp(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": expected an ISO-8601 time like 2026-11-26T14:02:19.123456Z, got \""
                    + Printable.truncate(text, 40) + "\"");
        }
    }

    private static void requireObject(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(path + ": expected an object, got " + describe(node));
        }
    }

    private static JsonNode objectOrEmpty(JsonNode node, String field, String path) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        requireObject(v, path);
        return v;
    }

    /** A counter: absent is 0, else a whole number from 0 to 2^63-1. */
    private static long count(JsonNode node, String field, String prefix) {
        Long v = whole(node, field, prefix, 0, Long.MAX_VALUE);
        return v == null ? 0 : v;
    }

    private static Integer integer(JsonNode node, String field, String prefix) {
        Long v = whole(node, field, prefix, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return v == null ? null : v.intValue();
    }

    /** A whole number from {@code min} to {@code max}, or null when absent or null. */
    private static Long whole(JsonNode node, String field, String prefix, long min, long max) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw new IllegalArgumentException(prefix + field + ": expected a whole number from " + min + " to "
                    + max + ", got " + describe(v));
        }
        return v.asLong();
    }

    private static String text(JsonNode node, String field, String prefix) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(prefix + field + ": expected a string, got " + describe(v));
        }
        return requireNoNul(v.asText(), prefix + field);
    }

    /** A JSON value for a message: {@code a number (1E+20)}, {@code an object}. */
    static String describe(JsonNode v) {
        return switch (v.getNodeType()) {
            case OBJECT, POJO -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string (\"" + Printable.truncate(v.asText(), 40) + "\")";
            case NUMBER -> "a number (" + v.asText() + ")";
            case BOOLEAN -> "a boolean (" + v.asText() + ")";
            default -> v.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}

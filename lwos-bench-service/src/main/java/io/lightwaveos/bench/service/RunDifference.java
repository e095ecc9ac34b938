package io.lightwaveos.bench.service;

import io.lightwaveos.bench.service.io.ExportedRun;
import io.lightwaveos.bench.text.Printable;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a run of an archive is the run a store has under the same id: everything an export
 * writes of it (name, description, tags, source, status, times, counters, context, events,
 * measures) and its number of samples. Its quality is left out: a store derives that itself.
 */
final class RunDifference {

    private RunDifference() {
    }

    /**
     * The first difference between the archived run and the stored one, in words
     * ({@code name: "a" in the archive, "b" in the store}); empty when they are the same.
     */
    static Optional<String> between(ExportedRun archived, long archivedSamples, ExportedRun stored, long storedSamples) {
        return first(
                field("name", archived.name(), stored.name()),
                field("description", orEmpty(archived.description()), orEmpty(stored.description())),
                field("tags", archived.tags(), stored.tags()),
                field("source", orEmpty(archived.source()), orEmpty(stored.source())),
                field("status", archived.status(), stored.status()),
                field("started_at", archived.startedAt(), stored.startedAt()),
                field("ended_at", archived.endedAt(), stored.endedAt()),
                field("counters", archived.counters(), stored.counters()),
                field("context", archived.context(), stored.context()),
                archived.events().equals(stored.events()) ? null : "events: " + archived.events().size()
                        + " in the archive, " + stored.events().size() + " in the store" + (archived.events().size()
                        == stored.events().size() ? ", not the same" : ""),
                archived.measures().equals(stored.measures()) ? null : "measures: " + archived.measures().size()
                        + " in the archive, " + stored.measures().size() + " in the store" + (archived.measures().size()
                        == stored.measures().size() ? ", not the same" : ""),
                archivedSamples == storedSamples ? null
                        : "samples: " + archivedSamples + " in the archive, " + storedSamples + " in the store");
    }

    private static String field(String name, Object archived, Object stored) {
        if (Objects.equals(archived, stored)) {
            return null;
        }
        return name + ": " + shown(archived) + " in the archive, " + shown(stored) + " in the store";
    }

    /** A missing description or source is stored as empty. */
    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String shown(Object value) {
        return value == null ? "none" : value instanceof String s ? "\"" + Printable.truncate(s, 60) + "\""
                : Printable.truncate(value.toString(), 60);
    }

    private static Optional<String> first(String... differences) {
        for (String d : differences) {
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}

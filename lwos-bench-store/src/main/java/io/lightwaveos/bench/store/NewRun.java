package io.lightwaveos.bench.store;

import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.internal.Tags;
import io.lightwaveos.bench.text.Printable;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What {@link RunStore#createRun} needs to start a run. Build one with {@link #named(String)} and
 * the {@code with...} methods.
 *
 * @param id          the run's UUID, or {@code null} for a random one
 * @param name        a human name, not blank; several runs may share one
 * @param description free text; {@code null} becomes empty
 * @param tags        labels, trimmed, duplicates dropped, order kept; none may be blank or contain
 *                    a comma; {@code null} becomes empty
 * @param source      the device URL or {@code simulator}; {@code null} becomes empty
 * @param startedAt   UTC start, or {@code null} for the time of {@code createRun}; the store keeps
 *                    microseconds, finer digits are dropped
 * @param context     where the run comes from (SPEC §3); {@code null} becomes {@link RunContext#EMPTY}
 */
public record NewRun(UUID id, String name, String description, Set<String> tags, String source, Instant startedAt,
        RunContext context) {

    /** The longest run name accepted, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * @throws StoreException {@link Reason#INVALID} if the name is blank, a tag breaks the rule, or a
     *                        text holds a NUL character ({@link StoredText})
     */
    public NewRun {
        if (name == null || name.isBlank()) {
            throw new StoreException(Reason.INVALID, "a run needs a name that is not blank, got "
                    + (name == null ? "none" : "\"" + Printable.of(name) + "\""));
        }
        Tags.checkText("run name", name, MAX_NAME_LENGTH);
        description = description == null ? "" : description;
        source = source == null ? "" : source;
        tags = Tags.normalise(tags);
        context = context == null ? RunContext.EMPTY : context;
        StoredText.check("description", description);
        StoredText.check("source", source);
        StoredText.check(context);
    }

    /** A spec without context. */
    public NewRun(UUID id, String name, String description, Set<String> tags, String source, Instant startedAt) {
        this(id, name, description, tags, source, startedAt, RunContext.EMPTY);
    }

    /** A run called {@code name}, with a random id, starting now, nothing else set. */
    public static NewRun named(String name) {
        return new NewRun(null, name, "", Set.of(), "", null, RunContext.EMPTY);
    }

    /** This spec with the given id ({@code null}: random). */
    public NewRun withId(UUID newId) {
        return new NewRun(newId, name, description, tags, source, startedAt, context);
    }

    /** This spec with the given description. */
    public NewRun withDescription(String newDescription) {
        return new NewRun(id, name, newDescription, tags, source, startedAt, context);
    }

    /** This spec with the given tags (replacing any). */
    public NewRun withTags(Collection<String> newTags) {
        return new NewRun(id, name, description, newTags == null ? null : new LinkedHashSet<>(newTags), source,
                startedAt, context);
    }

    /** This spec with the given source (device URL or {@code simulator}). */
    public NewRun withSource(String newSource) {
        return new NewRun(id, name, description, tags, newSource, startedAt, context);
    }

    /** This spec with the given context ({@code null}: none). */
    public NewRun withContext(RunContext newContext) {
        return new NewRun(id, name, description, tags, source, startedAt, newContext);
    }

    /** This spec with the given start time ({@code null}: the time of {@code createRun}). */
    public NewRun withStartedAt(Instant newStartedAt) {
        return new NewRun(id, name, description, tags, source, newStartedAt, context);
    }
}

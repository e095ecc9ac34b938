package io.lightwaveos.bench.service;

import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.store.NewRun;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A run about to start: what {@link RunService#create} and
 * {@link io.lightwaveos.bench.service.collect.StoreCollection} need to know of it. Start from
 * {@link #named} and add the rest with the {@code with...} methods. Checked as it is built: a blank
 * name, a name over 200 characters or a tag that is blank or holds a comma is refused at once (with
 * the store's {@code INVALID} failure), before anything is stored.
 */
public final class RunStart {

    private final NewRun spec;

    private RunStart(NewRun spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    /** A run called {@code name}, with a random id, starting now, nothing else set. */
    public static RunStart named(String name) {
        return new RunStart(NewRun.named(name));
    }

    /** This start with the given id ({@code null}: random). */
    public RunStart withId(UUID id) {
        return new RunStart(spec.withId(id));
    }

    /** This start with the given description. */
    public RunStart withDescription(String description) {
        return new RunStart(spec.withDescription(description));
    }

    /** This start with the given tags (replacing any). */
    public RunStart withTags(Collection<String> tags) {
        return new RunStart(spec.withTags(tags));
    }

    /** This start with the given source (device URL or {@code simulator}). */
    public RunStart withSource(String source) {
        return new RunStart(spec.withSource(source));
    }

    /** This start with the given context ({@code null}: none). */
    public RunStart withContext(RunContext context) {
        return new RunStart(spec.withContext(context));
    }

    /** This start with the given start time ({@code null}: when the run is created). */
    public RunStart withStartedAt(Instant startedAt) {
        return new RunStart(spec.withStartedAt(startedAt));
    }

    /** The run's id, or {@code null} for a random one. */
    public UUID id() {
        return spec.id();
    }

    /** The run's name. */
    public String name() {
        return spec.name();
    }

    /** The run's tags, trimmed, in order. */
    public Set<String> tags() {
        return spec.tags();
    }

    /** The device URL or {@code simulator}; empty when not set. */
    public String source() {
        return spec.source();
    }

    /** The store's spec of this run. */
    NewRun spec() {
        return spec;
    }

    @Override
    public String toString() {
        return "RunStart" + spec.toString().substring(spec.toString().indexOf('['));
    }
}

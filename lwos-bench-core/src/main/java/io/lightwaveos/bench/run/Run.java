package io.lightwaveos.bench.run;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A benchmark run as the store keeps it: identity, description, life cycle, counters, context and
 * quality.
 *
 * @param id            the run's UUID
 * @param name          a human name; several runs may share one
 * @param description   free text, may be empty
 * @param tags          labels for filtering, in insertion order
 * @param source        the device URL, or {@code simulator}
 * @param startedAt     UTC start
 * @param endedAt       UTC end, {@code null} while running
 * @param status        life-cycle state
 * @param sampleCount   samples stored
 * @param counters      foreign/malformed frames, gaps, reconnects, reboots
 * @param deviceResults the {@code results} of the device's {@code benchmark.stopped} reply
 *                      (avgTotalUs, ...), empty when not requested
 * @param cachedStats   summary statistics cached at finish: metric id → statistic name → value
 *                      (a value may be null when it cannot be computed); empty before finish
 * @param context       where the run comes from: rig, device, workload, commit, CI (SPEC §3);
 *                      {@code null} becomes {@link RunContext#EMPTY}
 * @param quality       why the run is doubtful, or clean; {@code null} becomes {@link RunQuality#CLEAN}
 */
public record Run(
        UUID id,
        String name,
        String description,
        Set<String> tags,
        String source,
        Instant startedAt,
        Instant endedAt,
        RunStatus status,
        long sampleCount,
        RunCounters counters,
        Map<String, Double> deviceResults,
        Map<String, Map<String, Double>> cachedStats,
        RunContext context,
        RunQuality quality) {

    public Run {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(status, "status");
        description = description == null ? "" : description;
        source = source == null ? "" : source;
        tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
        counters = counters == null ? RunCounters.ZERO : counters;
        deviceResults = deviceResults == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(deviceResults));
        cachedStats = cachedStats == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(cachedStats));
        context = context == null ? RunContext.EMPTY : context;
        quality = quality == null ? RunQuality.CLEAN : quality;
    }

    /** A run without context, quality clean (as runs were before schema v2). */
    public Run(UUID id, String name, String description, Set<String> tags, String source, Instant startedAt,
            Instant endedAt, RunStatus status, long sampleCount, RunCounters counters,
            Map<String, Double> deviceResults, Map<String, Map<String, Double>> cachedStats) {
        this(id, name, description, tags, source, startedAt, endedAt, status, sampleCount, counters, deviceResults,
                cachedStats, RunContext.EMPTY, RunQuality.CLEAN);
    }

    /** This run with {@code newContext}. */
    public Run withContext(RunContext newContext) {
        return new Run(id, name, description, tags, source, startedAt, endedAt, status, sampleCount, counters,
                deviceResults, cachedStats, newContext, quality);
    }

    /** This run with {@code newQuality}. */
    public Run withQuality(RunQuality newQuality) {
        return new Run(id, name, description, tags, source, startedAt, endedAt, status, sampleCount, counters,
                deviceResults, cachedStats, context, newQuality);
    }
}

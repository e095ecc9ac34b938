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
 * A benchmark run as the store keeps it: identity, description, life cycle and counters.
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
        Map<String, Map<String, Double>> cachedStats) {

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
    }
}

package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.List;

/**
 * The run description a JSON export carries with its samples, so that an import restores it.
 *
 * @param id          the exporting run's id (informative; an import gets a new id)
 * @param name        run name
 * @param description free text
 * @param tags        labels
 * @param source      device URL or {@code simulator}
 * @param status      status at export time
 * @param startedAt   UTC start
 * @param endedAt     UTC end, or null
 * @param counters    collection counters
 */
public record ExportedRun(String id, String name, String description, List<String> tags, String source,
        RunStatus status, Instant startedAt, Instant endedAt, RunCounters counters) {
}

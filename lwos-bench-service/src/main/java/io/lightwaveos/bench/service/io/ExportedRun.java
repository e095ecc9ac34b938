package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.List;

/**
 * The run description a JSON export ({@code lwos-bench/export/v3}) carries with its samples, so
 * that an import restores it: the {@code run} object and the {@code measures} array.
 *
 * @param id          the exporting run's id (a single-file import gets a new id; an archive import
 *                    keeps it)
 * @param name        run name
 * @param description free text
 * @param tags        labels
 * @param source      device URL or {@code simulator}
 * @param status      status at export time
 * @param startedAt   UTC start
 * @param endedAt     UTC end, or null
 * @param counters    collection counters
 * @param context     rig, device, workload, commit, CI; {@link RunContext#EMPTY} when the file has none
 * @param quality     the quality the exporting store had derived; {@link RunQuality#CLEAN} when none
 * @param events      the run's events in order; empty when the file has none
 * @param measures    the run's measures in order (export/v3); empty when the file has none
 * @param acknowledged the changes acknowledged at this run, by metric ({@code "acknowledged"}, written
 *                     only when there are some; older files have none)
 */
public record ExportedRun(String id, String name, String description, List<String> tags, String source,
        RunStatus status, Instant startedAt, Instant endedAt, RunCounters counters, RunContext context,
        RunQuality quality, List<RunEvent> events, MeasureSet measures, List<Ack> acknowledged) {

    /**
     * A change acknowledged at the run ({@code lwos-bench ack}).
     *
     * @param metric         the metric's id
     * @param reason         why the change is expected
     * @param acknowledgedAt when it was acknowledged, UTC
     */
    public record Ack(String metric, String reason, Instant acknowledgedAt) {
    }

    public ExportedRun {
        tags = tags == null ? List.of() : List.copyOf(tags);
        context = context == null ? RunContext.EMPTY : context;
        quality = quality == null ? RunQuality.CLEAN : quality;
        events = events == null ? List.of() : List.copyOf(events);
        measures = measures == null ? MeasureSet.empty() : measures;
        acknowledged = acknowledged == null ? List.of() : List.copyOf(acknowledged);
    }

    /** A description without measures or acknowledged changes (what an {@code export/v2} file may hold). */
    public ExportedRun(String id, String name, String description, List<String> tags, String source,
            RunStatus status, Instant startedAt, Instant endedAt, RunCounters counters, RunContext context,
            RunQuality quality, List<RunEvent> events) {
        this(id, name, description, tags, source, status, startedAt, endedAt, counters, context, quality, events,
                null, null);
    }

    /** This description with {@code newMeasures} ({@code null}: none). */
    public ExportedRun withMeasures(MeasureSet newMeasures) {
        return new ExportedRun(id, name, description, tags, source, status, startedAt, endedAt, counters, context,
                quality, events, newMeasures, acknowledged);
    }

    /** This description with {@code newAcknowledged} ({@code null}: none). */
    public ExportedRun withAcknowledged(List<Ack> newAcknowledged) {
        return new ExportedRun(id, name, description, tags, source, status, startedAt, endedAt, counters, context,
                quality, events, measures, newAcknowledged);
    }

    /** A description without context, quality or events (what an {@code export/v1} file holds). */
    public ExportedRun(String id, String name, String description, List<String> tags, String source,
            RunStatus status, Instant startedAt, Instant endedAt, RunCounters counters) {
        this(id, name, description, tags, source, status, startedAt, endedAt, counters, null, null, null, null, null);
    }
}

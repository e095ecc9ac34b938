package io.lightwaveos.bench.store.legacy;

import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Imports the older Python tool's SQLite database into a {@link RunStore}: a migration path for
 * its users ({@code lwos-bench import --seed-db FILE}).
 *
 * <p>Mapping, per {@code benchmark_runs} row: id and name kept; description kept; tags split at
 * commas and trimmed; source = {@code host}; started_at kept; status COMPLETE if
 * {@code completed_at} is set, else INTERRUPTED; ended_at = {@code completed_at}, else started_at +
 * {@code duration_seconds}, else the last sample's time, else started_at; {@code firmware_version}
 * becomes the context's firmware ({@code context.device.firmware}). The firmware version and
 * device uptime, when present, are also kept as one {@code device-message} event at the start. The
 * tool's own summary columns ({@code avg_total_us_mean}, ...) are not copied: the caller computes
 * this tool's statistics for the imported runs ({@link RunStore#updateCachedStats}). Samples: see
 * {@link LegacySamples}.
 *
 * <p>Each run is imported in one transaction, all or nothing. A run whose id the store already has
 * is skipped, so importing the same file twice adds nothing. A run with unusable data is reported
 * as failed and the import goes on with the next one.
 */
public final class LegacyImporter {

    private final RunStore store;

    /** @param store where the runs go */
    public LegacyImporter(RunStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Imports every run of the legacy database at {@code legacyDb}, oldest first. The legacy file is
     * only read.
     *
     * @return what was imported, skipped and failed
     * @throws StoreException {@link Reason#INVALID} if the file is missing, not SQLite, or lacks the
     *                        tool's tables or columns (nothing is imported); {@link Reason#IO} if the
     *                        store fails (runs imported before the failure stay)
     */
    public LegacyImportReport importFrom(Path legacyDb) {
        List<LegacyImportReport.Entry> imported = new ArrayList<>();
        List<LegacyImportReport.Entry> skipped = new ArrayList<>();
        List<LegacyImportReport.Entry> failed = new ArrayList<>();
        try (LegacyDatabase legacy = LegacyDatabase.open(legacyDb)) {
            for (LegacyDatabase.RunRow row : legacy.runs()) {
                String name = row.name() == null ? "" : row.name();
                long legacyCount = legacy.sampleCount(row.id());
                UUID id;
                try {
                    id = UUID.fromString(row.id() == null ? "" : row.id().strip());
                } catch (IllegalArgumentException e) {
                    failed.add(new LegacyImportReport.Entry(null, row.id(), name, legacyCount,
                            "expected a UUID as id, found \"" + row.id() + "\""));
                    continue;
                }
                if (store.findRun(id).isPresent()) {
                    skipped.add(new LegacyImportReport.Entry(id, row.id(), name, legacyCount, "already in the store"));
                    continue;
                }
                try {
                    Run run = importRun(legacy, row, id);
                    imported.add(new LegacyImportReport.Entry(id, row.id(), run.name(), run.sampleCount(), ""));
                } catch (StoreException e) {
                    switch (e.reason()) {
                        case INVALID -> failed.add(new LegacyImportReport.Entry(id, row.id(), name, legacyCount,
                                e.getMessage()));
                        case CONFLICT -> skipped.add(new LegacyImportReport.Entry(id, row.id(), name, legacyCount,
                                "already in the store"));
                        default -> throw e;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException(Reason.IO, "could not read " + legacyDb + ": " + e.getMessage(), e);
        }
        return new LegacyImportReport(imported, skipped, failed);
    }

    private Run importRun(LegacyDatabase legacy, LegacyDatabase.RunRow row, UUID id) throws SQLException {
        Instant startedAt = time("started_at", row.startedAt(), row.name());
        Instant completedAt = row.completedAt() == null || row.completedAt().isBlank()
                ? null : time("completed_at", row.completedAt(), row.name());
        RunStatus status = completedAt != null ? RunStatus.COMPLETE : RunStatus.INTERRUPTED;
        Instant endedAt = completedAt;
        if (endedAt == null && row.durationSeconds() != null && Double.isFinite(row.durationSeconds())
                && row.durationSeconds() >= 0) {
            endedAt = startedAt.plus(Duration.ofNanos(Math.round(row.durationSeconds() * 1e9)));
        }
        if (endedAt == null) {
            endedAt = lastSampleTime(legacy, row, startedAt);
        }
        RunContext context = RunContext.EMPTY.withDevice(DeviceInfo.ofFirmware(row.firmwareVersion()));
        Run run = new Run(id, row.name() == null ? "" : row.name(), row.description(), tags(row.tags()),
                row.host(), startedAt, endedAt, status, 0, RunCounters.ZERO, Map.of(), Map.of(), context,
                RunQuality.CLEAN);
        try (LegacySamples samples = legacy.samples(row.id(), run.name())) {
            return store.importRun(run, provenance(row, startedAt), samples);
        }
    }

    private static Instant lastSampleTime(LegacyDatabase legacy, LegacyDatabase.RunRow row, Instant fallback)
            throws SQLException {
        Instant last = fallback;
        try (LegacySamples samples = legacy.samples(row.id(), row.name())) {
            while (samples.hasNext()) {
                last = samples.next().receivedAt();
            }
        }
        return last;
    }

    private static List<RunEvent> provenance(LegacyDatabase.RunRow row, Instant startedAt) {
        List<String> parts = new ArrayList<>();
        if (row.firmwareVersion() != null && !row.firmwareVersion().isBlank()) {
            parts.add("firmware " + row.firmwareVersion().strip());
        }
        if (row.deviceUptimeMs() != null) {
            parts.add("device uptime " + row.deviceUptimeMs() + " ms");
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return List.of(new RunEvent(startedAt, EventType.DEVICE_MESSAGE,
                "imported from the Python tool's database: " + String.join(", ", parts)));
    }

    private static Set<String> tags(String text) {
        Set<String> tags = new LinkedHashSet<>();
        if (text != null) {
            for (String t : text.split(",")) {
                if (!t.isBlank()) {
                    tags.add(t.strip());
                }
            }
        }
        return tags;
    }

    private static Instant time(String column, String text, String runName) {
        try {
            return LegacyTimes.parse(text);
        } catch (IllegalArgumentException e) {
            throw new StoreException(Reason.INVALID, "legacy run \"" + runName + "\", " + column + ": " + e.getMessage(), e);
        }
    }
}

package io.lightwaveos.bench.service;

import io.lightwaveos.bench.store.legacy.LegacyImportReport;
import java.util.List;
import java.util.UUID;

/**
 * What {@link ImportService#importLegacyDatabase} did, run by run, in the order the runs were read
 * (oldest first).
 *
 * @param imported runs added to the store, with their sample counts
 * @param skipped  runs left out because the store already has a run with that id (imported before)
 * @param failed   runs left out because their data is unusable; nothing of them was stored, the
 *                 detail says what was expected and what was found
 */
public record LegacyImport(List<Entry> imported, List<Entry> skipped, List<Entry> failed) {

    /** Copies the lists: a report does not change after it is made. */
    public LegacyImport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    /**
     * One run of the legacy database.
     *
     * @param id          its id ({@code null} if the legacy id is not a UUID)
     * @param legacyId    the id text as the legacy database has it
     * @param name        its name
     * @param sampleCount samples stored (imported), or samples the legacy database has (skipped,
     *                    failed)
     * @param detail      why it was skipped or failed; empty for an imported run
     */
    public record Entry(UUID id, String legacyId, String name, long sampleCount, String detail) {
    }

    /** Whether every run was imported or skipped, none failed. */
    public boolean isClean() {
        return failed.isEmpty();
    }

    static LegacyImport of(LegacyImportReport report) {
        return new LegacyImport(entries(report.imported()), entries(report.skipped()), entries(report.failed()));
    }

    private static List<Entry> entries(List<LegacyImportReport.Entry> entries) {
        return entries.stream().map(e -> new Entry(e.id(), e.legacyId(), e.name(), e.sampleCount(), e.detail())).toList();
    }
}

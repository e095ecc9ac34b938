package io.lightwaveos.bench.service;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.io.ArchiveReader;
import io.lightwaveos.bench.service.io.ExportedRun;
import io.lightwaveos.bench.service.io.ImportException;
import io.lightwaveos.bench.service.io.SampleExporter;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.StoreException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Moves runs between stores as a multi-run archive (SPEC §12): {@code export --all --format archive}
 * and archive {@code import}. An archive keeps each run's id, name, times, status, counters,
 * context, events, measures, samples and acknowledged changes bit-exact, so importing it into another store and exporting again
 * gives the same bytes; importing runs the store already has skips them.
 *
 * <p>Both directions stream: memory holds one run's description and one page of its samples at a
 * time (and, while exporting, the ids of the runs to write).
 */
public final class ArchiveService {

    /** What happened to one run of an archive being imported. */
    public enum Outcome {
        /** Stored now, with its id. */
        IMPORTED,
        /** The store has this run already (same id, same content); left as it is. */
        ALREADY_PRESENT,
        /**
         * The store has a run with this id but other content (another name, context, events, number
         * of samples ...); left as it is. Only when conflicts are skipped.
         */
        CONFLICTING
    }

    /**
     * One run's outcome.
     *
     * @param run        the run as the store now has it: as imported, or the one it had already
     * @param outcome    what happened
     * @param difference for {@link Outcome#CONFLICTING}: the first difference, in words
     *                   ({@code name: "a" in the archive, "b" in the store}); otherwise null
     */
    public record Entry(Run run, Outcome outcome, String difference) {

        /** An entry without a difference. */
        public Entry(Run run, Outcome outcome) {
            this(run, outcome, null);
        }
    }

    private final RunService runs;

    /** Archives of {@code runs}' store. */
    ArchiveService(RunService runs) {
        this.runs = runs;
    }

    /**
     * Writes the runs {@code selection} selects (its limit ignored) as an archive, oldest first
     * (ties by id), so that the same runs always give the same bytes. RUNNING runs are left out
     * and passed to {@code skipped}.
     *
     * @return the number of runs written
     * @throws IOException    when writing fails
     * @throws StoreException {@link StoreException.Reason#CONFLICT} if a listed run is deleted while
     *                        the archive is written (the archive is then incomplete)
     */
    public long export(RunSelection selection, OutputStream out, Consumer<Run> skipped) throws IOException {
        List<UUID> ids = runs.list(selection.withLimit(0)).stream()
                .filter(r -> {
                    if (r.status() == RunStatus.RUNNING) {
                        skipped.accept(r);
                        return false;
                    }
                    return true;
                })
                .sorted(Comparator.comparing(Run::startedAt).thenComparing(r -> r.id().toString()))
                .map(Run::id)
                .toList();
        out.write(("{\"schema\": \"" + ArchiveReader.SCHEMA + "\", \"runs\": " + ids.size() + "}\n")
                .getBytes(StandardCharsets.UTF_8));
        for (UUID id : ids) {
            Run run = runs.find(id).orElseThrow(() -> new StoreException(StoreException.Reason.CONFLICT,
                    "run " + id + " was deleted while the archive was written; the archive is incomplete"));
            SampleExporter.writeDocumentLine(runs.exportedRun(run), runs.sampleSource(id), out);
        }
        out.flush();
        return ids.size();
    }

    /**
     * Checks a whole archive without storing anything: every line, every field, every sample, and
     * that no run id appears twice.
     *
     * @return the number of runs the archive holds
     * @throws ImportException naming the line, on the first problem
     * @throws IOException     when reading fails
     */
    public long validate(Path archive) throws IOException {
        return check(archive, true);
    }

    /**
     * {@link #validate}, and unless {@code skipConflicts} also that every run the store has already
     * is the same run (see {@link RunDifference}).
     *
     * @throws RunConflictException naming the line and the run, for the first run that differs
     */
    private long check(Path archive, boolean skipConflicts) throws IOException {
        Set<UUID> seen = new HashSet<>();
        try (ArchiveReader reader = open(archive)) {
            for (ArchiveReader.Entry e; (e = reader.next()) != null; ) {
                check(e);
                if (!seen.add(e.id())) {
                    throw new ImportException(e.line(), "run " + e.id() + " appears twice in the archive");
                }
                long[] samples = {0};
                e.samples().forEachRemaining(s -> samples[0]++);
                Optional<Run> present = skipConflicts ? Optional.empty() : runs.find(e.id());
                if (present.isPresent()) {
                    Optional<String> difference = difference(e, samples[0], present.get());
                    if (difference.isPresent()) {
                        throw new RunConflictException(e.line(), e.id(), e.run().name(), difference.get());
                    }
                }
            }
            return reader.runs();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Imports an archive: first checks all of it ({@link #validate}), so that a bad archive
     * imports nothing; then stores each run the store does not have yet, keeping its id, in one
     * transaction per run, and caches its statistics. Runs already present are skipped, so
     * importing twice changes nothing; a run present with other content refuses the whole archive
     * (nothing is stored).
     *
     * @see #importArchive(Path, boolean, Consumer)
     */
    public void importArchive(Path archive, Consumer<Entry> progress) throws IOException {
        importArchive(archive, false, progress);
    }

    /**
     * Imports an archive: first checks all of it ({@link #validate}), so that a bad archive
     * imports nothing; then stores each run the store does not have yet, keeping its id, in one
     * transaction per run, and caches its statistics. Runs already present with the same content
     * are skipped, so importing twice changes nothing, also when another process imports the same
     * runs at the same time.
     *
     * @param skipConflicts what to do with a run the store has with other content: {@code false}
     *                      refuses the archive before anything is stored; {@code true} leaves the
     *                      stored run as it is and reports it as {@link Outcome#CONFLICTING}
     * @param progress      told about each run as it is done, in archive order
     * @throws RunConflictException naming the line and the run, when a run conflicts and conflicts
     *                              are not skipped (nothing is stored)
     * @throws ImportException      naming the line, when the archive is malformed (nothing is stored)
     * @throws IOException          when reading fails
     */
    public void importArchive(Path archive, boolean skipConflicts, Consumer<Entry> progress) throws IOException {
        check(archive, skipConflicts);
        try (ArchiveReader reader = open(archive)) {
            for (ArchiveReader.Entry e; (e = reader.next()) != null; ) {
                Optional<Run> present = runs.find(e.id());
                if (present.isEmpty()) {
                    ExportedRun r = e.run();
                    Run run = new Run(e.id(), r.name(), r.description(), new LinkedHashSet<>(r.tags()), r.source(),
                            r.startedAt(), r.endedAt(), r.status(), 0, r.counters(), Map.of(), Map.of(), r.context(),
                            null);
                    try {
                        Run stored = runs.importRun(run, r.events(), e.samples(), r.measures());
                        runs.restoreAcknowledgements(stored.id(), r.acknowledged());
                        progress.accept(new Entry(stored, Outcome.IMPORTED));
                        continue;
                    } catch (StoreException x) {
                        // Another process imported it since we looked: the same as having had it.
                        present = x.reason() == StoreException.Reason.CONFLICT ? runs.find(e.id()) : Optional.empty();
                        if (present.isEmpty()) {
                            throw x;
                        }
                    }
                }
                Entry there = alreadyThere(e, present.get());
                if (there.outcome() == Outcome.ALREADY_PRESENT) {
                    // The same run: the changes acknowledged at it since (or lost to a crash) are added.
                    runs.restoreAcknowledgements(e.id(), e.run().acknowledged());
                }
                progress.accept(there);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The entry for a run the store has: the same, or conflicting (counting the archive's samples). */
    private Entry alreadyThere(ArchiveReader.Entry e, Run present) {
        long[] samples = {0};
        e.samples().forEachRemaining(s -> samples[0]++);
        return difference(e, samples[0], present).map(d -> new Entry(present, Outcome.CONFLICTING, d))
                .orElseGet(() -> new Entry(present, Outcome.ALREADY_PRESENT));
    }

    private Optional<String> difference(ArchiveReader.Entry e, long samples, Run present) {
        return RunDifference.between(e.run(), samples, runs.exportedRun(present), present.sampleCount());
    }

    /** The store's rules for a run (name, tags), reported at the run's line. */
    private static void check(ArchiveReader.Entry e) {
        ExportedRun r = e.run();
        try {
            new NewRun(e.id(), r.name(), r.description(), new LinkedHashSet<>(r.tags()), r.source(), r.startedAt(),
                    r.context());
        } catch (StoreException x) {
            throw new ImportException(e.line(), x.getMessage());
        }
    }

    private static ArchiveReader open(Path archive) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(archive), 1 << 16);
        try {
            return new ArchiveReader(in);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }
}

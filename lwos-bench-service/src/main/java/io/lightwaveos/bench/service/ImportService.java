package io.lightwaveos.bench.service;

import io.lightwaveos.bench.analysis.SummaryStat;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.io.ExportedRun;
import io.lightwaveos.bench.service.io.ImportException;
import io.lightwaveos.bench.service.io.SampleFileReader;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.service.io.SampleRows;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.legacy.LegacyImportReport;
import io.lightwaveos.bench.store.legacy.LegacyImporter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Brings runs into the store from files: sample files written by {@code export} (and the older
 * Python tool's CSV export), and the older tool's whole SQLite database. Each run is imported
 * all-or-nothing: a bad line fails the import with its line number and the store is left as it was.
 */
public final class ImportService {

    private final RunService runs;
    private final RunStore store;

    /** An importer writing into {@code store}, which {@code runs} serves; see {@link RunService#importer()}. */
    ImportService(RunService runs, RunStore store) {
        this.runs = runs;
        this.store = store;
    }

    /**
     * What to call the imported run.
     *
     * @param name        run name; null to take the file's run name (JSON exports) or {@code fallbackName}
     * @param fallbackName name when neither is given (e.g. the file name without extension)
     * @param tags        tags added to those the file carries
     * @param source      source recorded when the file names none (e.g. {@code import:data.csv})
     * @param context     the run's context ({@code import}'s context options); {@code null}: none
     */
    public record Naming(String name, String fallbackName, Set<String> tags, String source, RunContext context) {

        public Naming {
            context = context == null ? RunContext.EMPTY : context;
        }

        /** Naming without context. */
        public Naming(String name, String fallbackName, Set<String> tags, String source) {
            this(name, fallbackName, tags, source, RunContext.EMPTY);
        }
    }

    /**
     * Reads a whole sample file and stores it as one new run (a new id), then caches its statistics.
     * A JSON export's run description is kept: name, description, tags, source, times, status
     * (RUNNING becomes INTERRUPTED), counters, events, measures and context (the naming's context
     * fields win); a JSON export of a run holding only measures has no samples.
     *
     * @throws ImportException naming the line, when the file is malformed (nothing is stored)
     * @throws IOException     when reading fails (nothing is stored)
     */
    public Run importSamples(InputStream in, SampleFormat format, Naming naming) throws IOException {
        return importSamples(in, format, naming, true);
    }

    /**
     * {@link #importSamples(InputStream, SampleFormat, Naming)}, refusing a file whose samples the
     * store already holds as a run unless {@code allowDuplicate}.
     *
     * @throws DuplicateRunException when a stored run has the same samples and duplicates are not
     *                               allowed (nothing is stored)
     */
    public Run importSamples(InputStream in, SampleFormat format, Naming naming, boolean allowDuplicate)
            throws IOException {
        PackedSamples samples = new PackedSamples();
        ExportedRun header = SampleFileReader.read(format, in, samples::add);
        MeasureSet measures = header == null ? MeasureSet.empty() : header.measures();
        if (samples.isEmpty() && measures.isEmpty()) {
            throw new ImportException(0, "expected at least one sample" + (format == SampleFormat.JSON
                    ? " or measure" : "") + ", found none");
        }
        String name = naming.name() != null ? naming.name()
                : header != null ? header.name() : naming.fallbackName();
        Set<String> tags = new LinkedHashSet<>();
        if (header != null) {
            tags.addAll(header.tags());
        }
        tags.addAll(naming.tags());
        RunStatus status = header == null ? RunStatus.COMPLETE
                : header.status() == RunStatus.RUNNING ? RunStatus.INTERRUPTED : header.status();
        Run run = new Run(UUID.randomUUID(), name,
                header == null ? "" : header.description(), tags,
                header == null || header.source() == null || header.source().isEmpty() ? naming.source() : header.source(),
                header == null ? samples.get(0).receivedAt() : header.startedAt(),
                header == null ? samples.get(samples.size() - 1).receivedAt() : header.endedAt(),
                status, samples.size(), header == null ? RunCounters.ZERO : header.counters(), Map.of(), Map.of(),
                header == null ? naming.context() : naming.context().orElse(header.context()), null);
        // The store's rules for names and tags first: a file breaking them is refused as such, duplicate or not.
        new NewRun(run.id(), run.name(), run.description(), run.tags(), run.source(), run.startedAt(), run.context());
        if (!allowDuplicate && !samples.isEmpty()) {
            Optional<Run> same = sameSamples(samples);
            if (same.isPresent()) {
                throw new DuplicateRunException(same.get());
            }
        }
        // The statistics from the samples in hand, on another core while the store writes them.
        ImportStatistics statistics = samples.isEmpty() ? null : ImportStatistics.start(samples);
        Run stored = runs.importRun(run, header == null ? List.of() : header.events(), samples.iterator(), measures,
                () -> statistics.join());
        if (header != null) {
            runs.restoreAcknowledgements(stored.id(), header.acknowledged());
        }
        return stored;
    }

    /**
     * A stored run holding exactly {@code samples}: every export column of every sample equal, in
     * order. Cheap: the candidates come from the cached avg_total_us statistics the history query
     * reads (same n, then same min and max, which are computed only when a run has as many samples),
     * without reading any samples; only a candidate's samples are read to confirm, which in practice
     * happens only for a real duplicate.
     */
    private Optional<Run> sameSamples(List<Sample> samples) {
        List<RunStats> sameCount = store.metricStats(RunFilter.ALL, List.of(Metric.AVG_TOTAL_US.id()),
                        Set.of(SummaryStat.N.id(), SummaryStat.MIN.id(), SummaryStat.MAX.id()))
                .get(Metric.AVG_TOTAL_US.id()).stream()
                .filter(candidate -> Objects.equals(candidate.stats().get(SummaryStat.N.id()), (double) samples.size()))
                .toList();
        if (sameCount.isEmpty()) {
            return Optional.empty();
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Sample s : samples) {
            double v = Metric.AVG_TOTAL_US.read(s.frame());
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        for (RunStats candidate : sameCount) {
            Map<String, Double> st = candidate.stats();
            if (Objects.equals(st.get(SummaryStat.MIN.id()), min)
                    && Objects.equals(st.get(SummaryStat.MAX.id()), max)
                    && sameRows(candidate.id(), samples)) {
                return store.findRun(candidate.id());
            }
        }
        return Optional.empty();
    }

    private boolean sameRows(UUID runId, List<Sample> samples) {
        int[] index = {0};
        boolean[] same = {true};
        store.forEachSample(runId, stored -> {
            int i = index[0]++;
            if (same[0] && (i >= samples.size()
                    || !Arrays.equals(SampleRows.toRow(stored), SampleRows.toRow(samples.get(i))))) {
                same[0] = false;
            }
        });
        return same[0] && index[0] == samples.size();
    }

    /**
     * Imports every run of the older Python tool's SQLite database; runs already imported are
     * skipped, each run is all-or-nothing, and imported runs get their statistics cached.
     */
    public LegacyImport importLegacyDatabase(java.nio.file.Path legacyDb) {
        LegacyImportReport report = new LegacyImporter(store).importFrom(legacyDb);
        for (LegacyImportReport.Entry e : report.imported()) {
            runs.refreshStats(e.id());
        }
        return LegacyImport.of(report);
    }
}

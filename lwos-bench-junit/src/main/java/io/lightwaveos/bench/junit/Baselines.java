package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.service.RunStart;
import io.lightwaveos.bench.service.io.ExportedRun;
import io.lightwaveos.bench.service.io.SampleExporter;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.SampleWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;

/**
 * A test's baseline run, compared with in one line, recorded with one switch. The baseline is a
 * run exported to a file the harness keeps in version control, or a run in a store:
 *
 * <pre>{@code
 * Path baseline = Path.of("src/test/resources/pipeline-baseline.json");
 * assertThat(Baselines.compare(baseline, collector.collect(1000))).hasNoRegressions();
 * }</pre>
 *
 * <p><b>Recording.</b> With the system property {@value #RECORD_PROPERTY}{@code =true} (e.g.
 * {@code mvn test -Dlwos.bench.recordBaseline=true}) or the environment variable
 * {@value #RECORD_VARIABLE}{@code =true}, {@code compare} records the candidate as the baseline
 * instead (the file is written, or a run of that name is added to the store and, being the
 * newest, becomes what the name resolves to) and aborts the test, which JUnit reports as skipped
 * with a message saying what was recorded: a recording run never passes as if it had compared.
 */
public final class Baselines {

    /** System property that turns {@code compare} into recording the baseline. */
    public static final String RECORD_PROPERTY = "lwos.bench.recordBaseline";
    /** Environment variable with the same meaning (the property takes precedence). */
    public static final String RECORD_VARIABLE = "LWOS_BENCH_RECORD_BASELINE";

    private Baselines() {
    }

    /** Whether {@value #RECORD_PROPERTY} (or {@value #RECORD_VARIABLE}) is {@code true}. */
    public static boolean recording() {
        String value = System.getProperty(RECORD_PROPERTY);
        if (value == null) {
            value = System.getenv(RECORD_VARIABLE);
        }
        return value != null && Boolean.parseBoolean(value.trim());
    }

    /** {@link #compare(Path, CollectedRun, CompareOptions)} with the default options. */
    public static RunComparison compare(Path exportFile, CollectedRun candidate) {
        return compare(exportFile, candidate, CompareOptions.defaults());
    }

    /**
     * Compares the run exported to {@code exportFile} (the baseline, A) with {@code candidate} (B);
     * when {@link #recording()}, writes {@code candidate} there instead and aborts the test.
     *
     * @throws UncheckedIOException naming the file when it is missing or unreadable (record it first)
     */
    public static RunComparison compare(Path exportFile, CollectedRun candidate, CompareOptions options) {
        return compare(exportFile, candidate, options, recording());
    }

    static RunComparison compare(Path exportFile, CollectedRun candidate, CompareOptions options, boolean record) {
        if (record) {
            Path written = record(exportFile, candidate);
            Assumptions.abort("recorded the baseline " + written + " from " + candidate.label()
                    + " instead of comparing (" + RECORD_PROPERTY + " is true)");
        }
        return missingBaselineSaysHowToRecord(() -> CollectedRun.fromExport(exportFile)).compareWith(candidate, options);
    }

    /** {@link #compare(RunStore, String, CollectedRun, CompareOptions)} with the default options. */
    public static RunComparison compare(RunStore store, String name, CollectedRun candidate) {
        return compare(store, name, candidate, CompareOptions.defaults());
    }

    /**
     * Compares the newest run named {@code name} in {@code store} (the baseline, A) with
     * {@code candidate} (B); when {@link #recording()}, stores {@code candidate} as a new run of that
     * name instead and aborts the test.
     *
     * @throws io.lightwaveos.bench.store.StoreException NOT_FOUND naming the store when it has no such run
     */
    public static RunComparison compare(RunStore store, String name, CollectedRun candidate, CompareOptions options) {
        return compare(store, name, candidate, options, recording());
    }

    static RunComparison compare(RunStore store, String name, CollectedRun candidate, CompareOptions options,
            boolean record) {
        if (record) {
            Run run = record(store, name, candidate);
            Assumptions.abort("recorded the baseline run " + run.id() + " \"" + name + "\" in " + store.location()
                    + " from " + candidate.label() + " instead of comparing (" + RECORD_PROPERTY + " is true)");
        }
        return CollectedRun.load(store, name).compareWith(candidate, options);
    }

    /**
     * Writes {@code run} to {@code exportFile} as {@code lwos-bench export} would (the format told
     * by the extension; JSON keeps the name, the file's name without extension, and the commit),
     * creating its folders.
     *
     * @return the file written, absolute
     */
    public static Path record(Path exportFile, CollectedRun run) {
        Path path = exportFile.toAbsolutePath().normalize();
        String fileName = path.getFileName().toString();
        SampleFormat format = SampleFormat.fromFileName(fileName);
        if (format == null) {
            throw new IllegalArgumentException("expected a baseline file ending in .json, .jsonl or .csv, got " + path);
        }
        String name = fileName.substring(0, fileName.lastIndexOf('.'));
        Instant now = Instant.now();
        Instant started = run.startedAt() == null ? now : run.startedAt();
        Instant ended = run.endedAt() == null ? now : run.endedAt();
        ExportedRun description = new ExportedRun(UUID.randomUUID().toString(), name, "baseline recorded from "
                + run.label(), List.of(), run.source(), RunStatus.COMPLETE, started, ended,
                run.sink().counters(), run.context(), null, null);
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            try (OutputStream out = Files.newOutputStream(path)) {
                SampleExporter.write(format, description, action -> run.sink().samples().forEach(action), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the baseline " + path + ": " + e.getMessage(), e);
        }
        return path;
    }

    /** Stores {@code run} as a new COMPLETE run named {@code name} (statistics cached); returns it. */
    public static Run record(RunStore store, String name, CollectedRun run) {
        Objects.requireNonNull(name, "name");
        RunService runs = new RunService(store);
        Run created = runs.create(RunStart.named(name).withSource(run.source()).withContext(run.context())
                .withDescription("baseline recorded from " + run.label()));
        try (SampleWriter writer = runs.openWriter(created.id())) {
            run.sink().samples().forEach(writer::append);
        }
        return runs.finish(created.id(), RunStatus.COMPLETE, null, Map.of());
    }

    private static CollectedRun missingBaselineSaysHowToRecord(Supplier<CollectedRun> load) {
        try {
            return load.get();
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException(e.getMessage() + "; to record it, run the test with -D" + RECORD_PROPERTY
                    + "=true", e.getCause());
        }
    }
}

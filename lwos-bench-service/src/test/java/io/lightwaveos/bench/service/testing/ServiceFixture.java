package io.lightwaveos.bench.service.testing;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A real SQLite run store behind a {@link RunService}, for the tests of the front-ends: they fill
 * it through the service (create, events, context, counters, finish) and write samples through
 * {@link #openWriter}, as a collector does, without naming a store type. The fixture owns the
 * store: {@link #close} closes it.
 */
public final class ServiceFixture implements AutoCloseable {

    private final RunStore store;
    private final RunService runs;

    private ServiceFixture(RunStore store) {
        this.store = store;
        this.runs = new RunService(store);
    }

    /** Opens (creating it when missing) the SQLite store in {@code file}. */
    public static ServiceFixture sqlite(Path file) {
        return new ServiceFixture(RunStores.open(file.toString()));
    }

    /** The service over the store. */
    public RunService runs() {
        return runs;
    }

    /** Opens the background writer of a RUNNING run (see {@link RunService#create}). */
    public Writer openWriter(UUID runId) {
        SampleWriter writer = store.openWriter(runId);
        return new Writer() {
            @Override
            public void append(Sample sample) {
                writer.append(sample);
            }

            @Override
            public void flush() {
                writer.flush();
            }

            @Override
            public void close() {
                writer.close();
            }
        };
    }

    /** Closes the store. */
    @Override
    public void close() {
        store.close();
    }

    /** A run's sample writer: samples are committed in the background, all of them by {@link #flush}. */
    public interface Writer extends AutoCloseable {

        /** Queues a sample (seqs ascending). */
        void append(Sample sample);

        /** Returns once every appended sample is committed. */
        void flush();

        /** Flushes and closes; the run stays RUNNING until it is finished. */
        @Override
        void close();
    }
}

package io.lightwaveos.bench.cli;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Puts finished runs straight into a store file, for tests of the commands that read runs. */
public final class StoredRuns {

    private StoredRuns() {
    }

    /** Writes a COMPLETE run of {@code samples} (statistics cached) and closes the store. */
    public static Run write(Path db, NewRun spec, List<Sample> samples) {
        return write(db.toString(), spec, samples);
    }

    /** Writes a COMPLETE run of {@code samples} into the store at {@code location} (a file or a URL). */
    public static Run write(String location, NewRun spec, List<Sample> samples) {
        try (RunStore store = RunStores.open(location)) {
            Run run = store.createRun(spec);
            try (SampleWriter w = store.openWriter(run.id())) {
                samples.forEach(w::append);
            }
            return new RunService(store).finish(run.id(), RunStatus.COMPLETE, null, Map.of());
        }
    }
}

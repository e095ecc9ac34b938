package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.sqlite.SqliteRunStore;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ≤ 64 bytes per compact sample budget, checked on a real file (the 1M-sample figure is in BENCHMARKS.md). */
class DiskFootprintTest {

    private static final int SAMPLES = 200_000;

    @TempDir
    Path dir;

    @Test
    void compactSamplesTakeAtMost64BytesEachOnDiskAfterCheckpoint() throws Exception {
        Path file = dir.resolve("size.db");
        try (RunStore store = SqliteRunStore.open(file)) {
            UUID id = store.createRun(NewRun.named("size")).id();
            SplittableRandom r = new SplittableRandom(1);
            try (SampleWriter w = store.openWriter(id)) {
                for (long seq = 0; seq < SAMPLES; seq++) {
                    // Real-world receive jitter: 100 ms apart, a few ms either way.
                    w.append(new Sample(seq, TestSamples.BASE_MICROS + 100_000L * seq + r.nextInt(-3_000, 3_000),
                            TestSamples.frame(r, seq, false)));
                }
            }
            store.finishRun(id, RunStatus.COMPLETE, null, null, null);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        double bytesPerSample = (double) Files.size(file) / SAMPLES;
        assertThat(bytesPerSample).isLessThanOrEqualTo(64.0);
        assertThat(bytesPerSample).isGreaterThanOrEqualTo(32.0); // the frames themselves are there
    }
}

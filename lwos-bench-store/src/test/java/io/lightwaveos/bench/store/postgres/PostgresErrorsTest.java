package io.lightwaveos.bench.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoreException.Reason;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the driver's failures become: one line saying what failed, never the statement's values. */
class PostgresErrorsTest {

    private final PostgresUrl url = PostgresUrl.parse("postgresql://bench:pw@db.lab/team", Map.of(),
            Path.of("/nonexistent"));

    @Test
    void aFailedBatchSaysWhyNotTheStatementWithTheSamplesInHex() {
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 INSERT INTO sample_blocks (run_key, first_seq,"
                + " data) VALUES (7, 0, '\\x0a0b0c0d') was aborted: ERROR: disk full  Call getNextException to see"
                + " other errors in the batch.", "53100", new int[0]);
        batch.setNextException(new SQLException("ERROR: could not extend file: No space left on device\n  Hint: free"
                + " some space", "53100"));

        StoreException e = PostgresErrors.translate(url, "commit samples", batch);

        assertThat(e.reason()).isEqualTo(Reason.IO);
        assertThat(e.getMessage()).isEqualTo("could not commit samples in bench@db.lab:5432/team: ERROR: could not"
                + " extend file: No space left on device");
    }
}

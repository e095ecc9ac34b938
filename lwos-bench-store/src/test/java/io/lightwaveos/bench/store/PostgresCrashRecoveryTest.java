package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link CrashRecoveryContract} on the PostgreSQL store. */
class PostgresCrashRecoveryTest extends CrashRecoveryContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return PostgresFixture.create();
    }
}

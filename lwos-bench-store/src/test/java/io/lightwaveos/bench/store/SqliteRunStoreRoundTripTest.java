package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.SqliteFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link RunStoreRoundTripContract} on the SQLite store. */
class SqliteRunStoreRoundTripTest extends RunStoreRoundTripContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return new SqliteFixture(dir);
    }
}

package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.SqliteFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link RunReferenceContract} on the SQLite store. */
class SqliteRunReferenceTest extends RunReferenceContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return new SqliteFixture(dir);
    }
}

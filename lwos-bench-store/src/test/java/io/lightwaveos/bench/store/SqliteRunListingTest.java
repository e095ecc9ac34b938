package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.SqliteFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link RunListingContract} on the SQLite store. */
class SqliteRunListingTest extends RunListingContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return new SqliteFixture(dir);
    }
}

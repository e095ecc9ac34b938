package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.SqliteFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link ChangeRecordsContract} on the SQLite store. */
class SqliteChangeRecordsTest extends ChangeRecordsContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return new SqliteFixture(dir);
    }
}

package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.store.testing.SqliteFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link ChangeLoopContract} on the SQLite store. */
class SqliteChangeLoopTest extends ChangeLoopContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return new SqliteFixture(dir);
    }
}

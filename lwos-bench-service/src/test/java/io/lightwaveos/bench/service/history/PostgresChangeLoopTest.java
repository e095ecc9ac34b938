package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link ChangeLoopContract} on the PostgreSQL store. */
class PostgresChangeLoopTest extends ChangeLoopContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return PostgresFixture.create();
    }
}

package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link ConcurrentAccessContract} on the PostgreSQL store. */
class PostgresConcurrentAccessTest extends ConcurrentAccessContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return PostgresFixture.create();
    }
}

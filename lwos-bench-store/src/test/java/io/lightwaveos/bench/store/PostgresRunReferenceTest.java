package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link RunReferenceContract} on the PostgreSQL store. */
class PostgresRunReferenceTest extends RunReferenceContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return PostgresFixture.create();
    }
}

package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link RunListingContract} on the PostgreSQL store. */
class PostgresRunListingTest extends RunListingContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return PostgresFixture.create();
    }
}

package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Base of the contract tests every store passes: a subclass per implementation
 * ({@code Sqlite*Test}, {@code Postgres*Test}) says which store the test runs on.
 */
abstract class StoreContract {

    @TempDir
    Path dir;

    /** The test's store. */
    StoreFixture stores;

    /** The store this test class runs against, in {@code dir} if it needs a folder. */
    abstract StoreFixture newFixture(Path dir);

    @BeforeEach
    void openFixture() {
        stores = newFixture(dir);
    }

    @AfterEach
    void closeFixture() {
        if (stores != null) {
            stores.close();
        }
    }
}

package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.SqliteFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link MetricStatsContract} on the SQLite store. */
class SqliteMetricStatsTest extends MetricStatsContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return new SqliteFixture(dir);
    }
}

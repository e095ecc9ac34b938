package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Path;

/** {@link MetricStatsContract} on the PostgreSQL store. */
class PostgresMetricStatsTest extends MetricStatsContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return PostgresFixture.create();
    }
}

package io.lightwaveos.bench.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A team store of schema version 1 (before measures) migrates in place; its runs read as before. */
class PostgresMeasuresMigrationTest {

    private static final UUID OLD = UUID.fromString("5b0d7c1e-3a2f-4e6d-8c9b-0a1b2c3d4e5f");

    PostgresFixture stores;
    PostgresUrl url;

    @BeforeEach
    void versionOneStore() {
        stores = PostgresFixture.create();
        url = PostgresUrl.parse(stores.location());
        PostgresDatabase db = PostgresDatabase.connect(url, PostgresFixture.OPTIONS);
        try {
            PostgresSchema.migrate(db, url.schema(), PostgresMigrations.ALL.subList(0, 1));
        } finally {
            db.close();
        }
        // A run as version 1 wrote it: statistics and device results as arrays in its row.
        stores.execute("INSERT INTO runs (id, name, description, source, started_at_us, ended_at_us, status,"
                + " tags, gaps, device_result_names, device_result_values, stat_metrics, stat_names, stat_values,"
                + " rig, vcs_branch, context_json, quality) VALUES ('" + OLD + "', 'before-measures',"
                + " 'written at version 1', 'simulator', 1767225600000000, 1767225610000000, 'COMPLETE',"
                + " '{nightly}', 2, '{hopCount}', '{12345}', '{avg_total_us,avg_total_us}', '{mean,n_eff}',"
                + " '{150.25,42}', 'bench-1', 'main', '{\"meta\":{\"board\":\"rev-b\"}}', 'gaps')");
        assertThat(stores.queryLong("SELECT version FROM store_schema")).isEqualTo(1);
    }

    @AfterEach
    void drop() {
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    void openingMigratesInPlaceAndTheOldRunReadsAsBefore() {
        try (RunStore store = stores.open()) {
            assertThat(stores.queryLong("SELECT version FROM store_schema"))
                    .isEqualTo(PostgresRunStore.currentSchemaVersion()).isGreaterThanOrEqualTo(2);
            Run run = store.run(OLD);
            assertThat(run.name()).isEqualTo("before-measures");
            assertThat(run.description()).isEqualTo("written at version 1");
            assertThat(run.tags()).containsExactly("nightly");
            assertThat(run.startedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
            assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(run.counters().gaps()).isEqualTo(2);
            assertThat(run.deviceResults()).containsExactly(Map.entry("hopCount", 12345.0));
            assertThat(run.cachedStats().get("avg_total_us")).containsExactly(Map.entry("mean", 150.25),
                    Map.entry("n_eff", 42.0));
            assertThat(run.context().rig()).isEqualTo("bench-1");
            assertThat(run.context().meta()).containsExactly(Map.entry("board", "rev-b"));
            assertThat(run.quality()).isEqualTo(RunQuality.of(QualityReason.GAPS));
            assertThat(store.measures(OLD)).isEqualTo(MeasureSet.empty());
            assertThat(store.measureCounts(RunFilter.ALL)).isEmpty();
        }
    }

    @Test
    void theOldRunTakesMeasuresAndLosesThemWithItself() {
        try (RunStore store = stores.open()) {
            MeasureSet measures = MeasureSet.builder("native")
                    .record("latency_ms", new double[] {8.4, -0.0}, "ms", Direction.LOWER_IS_BETTER).build();
            store.saveMeasures(OLD, measures);
            assertThat(store.measures(OLD)).isEqualTo(measures);
            assertThat(store.run(OLD).quality()).as("its counters still count").isEqualTo(RunQuality.of(QualityReason.GAPS));
            assertThat(store.deleteRun(OLD)).isTrue();
        }
        assertThat(stores.queryLong("SELECT count(*) FROM run_measures")).isZero();
    }
}

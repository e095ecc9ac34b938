package io.lightwaveos.bench.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two imports of the same run at once (two {@code push}es or archive imports of the same runs):
 * neither sees the other's uncommitted row, so both insert it, and the server refuses the second
 * with a unique violation. The store must answer that as it answers a run that was there before.
 */
class PostgresConcurrentImportTest {

    PostgresFixture stores;

    @BeforeEach
    void fixture() {
        stores = PostgresFixture.create();
    }

    @AfterEach
    void drop() {
        if (stores != null) { // null when the test was skipped for want of a server
            stores.close();
        }
    }

    @Test
    void theSecondOfTwoImportsRacingForOneIdIsAConflictNotARawSqlError() throws Exception {
        List<Sample> samples = TestSamples.synthetic(5, 0, 500, 0);
        Run run = new Run(UUID.randomUUID(), "raced", "", Set.of(), "simulator", Instant.parse("2026-11-20T09:00:00Z"),
                Instant.parse("2026-11-20T09:01:00Z"), RunStatus.COMPLETE, 0, RunCounters.ZERO, Map.of(), Map.of());
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The first import holds its transaction open (its row inserted, not committed) until released.
        Iterator<Sample> held = new Iterator<>() {
            final Iterator<Sample> rest = samples.iterator();

            @Override
            public boolean hasNext() {
                if (firstInside.getCount() > 0) {
                    firstInside.countDown();
                    await(release);
                }
                return rest.hasNext();
            }

            @Override
            public Sample next() {
                return rest.next();
            }
        };
        try (RunStore first = stores.open(); RunStore second = stores.open()) {
            CompletableFuture<Run> a = CompletableFuture.supplyAsync(() -> first.importRun(run, List.of(), held));
            assertThat(firstInside.await(60, TimeUnit.SECONDS)).as("the first import reached its samples").isTrue();
            CompletableFuture<Throwable> b = CompletableFuture.supplyAsync(() -> {
                try {
                    second.importRun(run, List.of(), samples.iterator());
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            // The second import has passed its check for the id and now waits on the first one's row.
            waitUntil(() -> stores.queryLong("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                    + " AND query LIKE 'INSERT INTO runs %'") > 0 || b.isDone());
            release.countDown();

            assertThat(a.get(60, TimeUnit.SECONDS).sampleCount()).isEqualTo(500);
            assertThat(b.get(60, TimeUnit.SECONDS)).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.reason()).isEqualTo(Reason.CONFLICT);
                assertThat(e.getMessage()).isEqualTo("a run with id " + run.id() + " exists already (stored by"
                        + " another process at the same time)");
            });
            assertThat(second.listRuns(RunFilter.ALL)).extracting(Run::id).containsExactly(run.id());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls a condition the server reaches by itself (no timing assumed; 60 s is a hang). */
    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the second import never waited on the first one's row");
            }
            Thread.sleep(20);
        }
    }
}

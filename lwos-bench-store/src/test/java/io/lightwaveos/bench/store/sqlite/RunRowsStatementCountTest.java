package io.lightwaveos.bench.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.jdbc.RunRows;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing runs takes the same number of SQL statements for 10 runs as for 1,000. */
class RunRowsStatementCountTest {

    @TempDir
    Path dir;

    @Test
    void listingAThousandRunsTakesFiveStatementsAndEachRunIsComplete() throws Exception {
        Path file = dir.resolve("many.db");
        try (RunStore store = SqliteRunStore.open(file)) {
            for (int i = 0; i < 1000; i++) {
                store.importRun(run(i), List.of(), Collections.emptyIterator());
            }
        }
        AtomicInteger statements = new AtomicInteger();
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Connection counting = counting(raw, statements);

            List<Run> ten = new RunRows(new SqliteDialect()).list(counting, RunFilter.ALL.withLimit(10));
            assertThat(ten).hasSize(10);
            int forTen = statements.getAndSet(0);

            List<Run> all = new RunRows(new SqliteDialect()).list(counting, RunFilter.ALL);
            assertThat(all).hasSize(1000);
            assertThat(statements.get()).isEqualTo(forTen).isEqualTo(5);

            for (Run r : all) {
                int i = Integer.parseInt(r.name().substring(4));
                // The store derives the quality from the counters (gaps, reboots, reconnects here).
                assertThat(r).usingRecursiveComparison().ignoringFields("sampleCount", "quality").isEqualTo(run(i));
                assertThat(r.quality().isClean()).isFalse();
            }
        }
    }

    private static Run run(int i) {
        Map<RejectReason, Long> malformed = new EnumMap<>(RejectReason.class);
        malformed.put(RejectReason.BAD_LENGTH, (long) i);
        Map<String, Map<String, Double>> stats = new LinkedHashMap<>();
        stats.put("avg_total_us", Map.of("mean", 150.0 + i));
        return new Run(new UUID(0, i + 1), "run-" + i, "d" + i, i % 2 == 0 ? Set.of("even") : Set.of(), "simulator",
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i + 1),
                RunStatus.COMPLETE, 0, new RunCounters(i, malformed, 1, 2, 3, 4), Map.of("hop_us", (double) i), stats);
    }

    /** {@code c}, counting every statement it prepares or creates. */
    private static Connection counting(Connection c, AtomicInteger counter) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        counter.incrementAndGet();
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}

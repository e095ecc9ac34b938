package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ChangeRecords}: acknowledged changes, reported change points and their notifications. */
abstract class ChangeRecordsContract extends StoreContract {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    RunStore store;
    List<UUID> runs = new ArrayList<>();

    @BeforeEach
    void open() {
        store = stores.open();
        for (int i = 0; i < 4; i++) {
            var run = store.createRun(NewRun.named("run-" + i).withSource("test").withStartedAt(T0.plusSeconds(60L * i)));
            store.finishRun(run.id(), RunStatus.COMPLETE, null, Map.of(), null);
            runs.add(run.id());
        }
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the store's fixture skipped the test (no PostgreSQL server)
            store.close();
        }
    }

    private ReportedChange change(int firstRun, int revealedBy) {
        return new ReportedChange(runs.get(firstRun), "avg_total_us", "mean", runs.get(revealedBy), "regressed",
                160.25, 176.5, 1.5e-9, T0.plusSeconds(3600).plusNanos(123_456_000));
    }

    @Test
    void anAcknowledgementIsKeptWithItsRunAndReasonAndListedOldestRunFirst() {
        Instant at = T0.plusSeconds(7200).plusNanos(654_321_987);
        Acknowledgement ack = store.acknowledge(runs.get(2), "avg_total_us", "FFT rewrite: slower, more accurate", at);
        assertThat(ack).isEqualTo(new Acknowledgement(runs.get(2), "run-2", T0.plusSeconds(120), "avg_total_us",
                "FFT rewrite: slower, more accurate", T0.plusSeconds(7200).plusNanos(654_321_000)));
        store.acknowledge(runs.get(1), "peak_total_us", "new peak logic", at);
        store.acknowledge(runs.get(1), "avg_total_us", "first", at);
        try (RunStore other = stores.open()) {
            assertThat(other.acknowledgements(null)).extracting(Acknowledgement::runName, Acknowledgement::metric)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("run-1", "avg_total_us"),
                            org.assertj.core.groups.Tuple.tuple("run-1", "peak_total_us"),
                            org.assertj.core.groups.Tuple.tuple("run-2", "avg_total_us"));
            assertThat(other.acknowledgements("avg_total_us")).extracting(Acknowledgement::runName)
                    .containsExactly("run-1", "run-2");
            assertThat(other.acknowledgementsOf(runs.get(1))).extracting(Acknowledgement::metric)
                    .containsExactly("avg_total_us", "peak_total_us");
            assertThat(other.acknowledgementsOf(runs.get(3))).isEmpty();
        }
    }

    @Test
    void acknowledgingAgainReplacesTheReasonAndRemovingForgetsIt() {
        store.acknowledge(runs.get(2), "avg_total_us", "first reason", T0);
        store.acknowledge(runs.get(2), "avg_total_us", "better reason", T0.plusSeconds(5));
        assertThat(store.acknowledgements("avg_total_us")).singleElement()
                .satisfies(a -> {
                    assertThat(a.reason()).isEqualTo("better reason");
                    assertThat(a.acknowledgedAt()).isEqualTo(T0.plusSeconds(5));
                });
        assertThat(store.removeAcknowledgement(runs.get(2), "avg_total_us")).isTrue();
        assertThat(store.removeAcknowledgement(runs.get(2), "avg_total_us")).isFalse();
        assertThat(store.removeAcknowledgement(UUID.randomUUID(), "avg_total_us")).isFalse();
        assertThat(store.acknowledgements(null)).isEmpty();
    }

    @Test
    void badAcknowledgementsAreRefusedNamingWhatIsWrong() {
        assertThatThrownBy(() -> store.acknowledge(UUID.randomUUID(), "avg_total_us", "why", T0))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND);
        assertThatThrownBy(() -> store.acknowledge(runs.get(0), "avg_total_us", "  ", T0))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID).hasMessageContaining("reason");
        assertThatThrownBy(() -> store.acknowledge(runs.get(0), "avg_total_us", "a\0b", T0))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID).hasMessageContaining("NUL");
        assertThat(store.acknowledgements(null)).isEmpty();
    }

    @Test
    void aChangeIsRecordedOnceWithItsNumbersBitExact() {
        assertThat(store.recordChange(change(1, 2))).isTrue();
        assertThat(store.recordChange(change(1, 3))).as("the same first run, metric and statistic").isFalse();
        ReportedChange improved = new ReportedChange(runs.get(1), "avg_total_us", "p95", null, "improved", -0.0,
                Double.MIN_VALUE, 0.1 + 0.2, T0);
        assertThat(store.recordChange(improved)).as("another statistic is another change").isTrue();
        try (RunStore other = stores.open()) {
            assertThat(other.recordedChanges("avg_total_us", "mean")).containsExactly(change(1, 2));
            ReportedChange read = other.recordedChanges("avg_total_us", "p95").get(0);
            assertThat(read).isEqualTo(improved);
            assertThat(Double.doubleToRawLongBits(read.before())).isEqualTo(Double.doubleToRawLongBits(-0.0));
            assertThat(other.recordedChanges("cpu_load_percent", "mean")).isEmpty();
        }
        assertThatThrownBy(() -> store.recordChange(new ReportedChange(UUID.randomUUID(), "avg_total_us", "mean", null,
                "regressed", 1, 2, 0.001, T0))).hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND);
    }

    @Test
    void twoGatesAtOnceRecordAChangeExactlyOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<RunStore> stores4 = new ArrayList<>();
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                RunStore s = stores.open();
                stores4.add(s);
                int revealer = 2 + i % 2;
                results.add(pool.submit(() -> s.recordChange(change(1, revealer))));
            }
            int recorded = 0;
            for (Future<Boolean> f : results) {
                recorded += f.get() ? 1 : 0;
            }
            assertThat(recorded).isEqualTo(1);
        } finally {
            pool.shutdown();
            stores4.forEach(RunStore::close);
        }
    }

    @Test
    void aNotificationIsClaimedOncePerChannelAndCanBeGivenBack() {
        store.recordChange(change(1, 2));
        UUID first = runs.get(1);
        assertThat(store.claimNotification(first, "avg_total_us", "mean", "LWOS_BENCH_SLACK_WEBHOOK", T0)).isTrue();
        assertThat(store.claimNotification(first, "avg_total_us", "mean", "LWOS_BENCH_SLACK_WEBHOOK", T0)).isFalse();
        assertThat(store.claimNotification(first, "avg_total_us", "mean", "TEAMS_HOOK", T0)).isTrue();
        assertThat(store.notifiedChannels(first, "avg_total_us", "mean"))
                .containsExactly("LWOS_BENCH_SLACK_WEBHOOK", "TEAMS_HOOK");
        store.releaseNotification(first, "avg_total_us", "mean", "TEAMS_HOOK");
        assertThat(store.claimNotification(first, "avg_total_us", "mean", "TEAMS_HOOK", T0)).as("given back").isTrue();
        assertThatThrownBy(() -> store.claimNotification(first, "avg_total_us", "p95", "TEAMS_HOOK", T0))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND)
                .hasMessageContaining("no reported change");
    }

    @Test
    void recordsGoWithTheirRunAndARevealingRunsDeletionKeepsTheChange() {
        store.acknowledge(runs.get(1), "avg_total_us", "expected", T0);
        store.recordChange(change(1, 2));
        store.claimNotification(runs.get(1), "avg_total_us", "mean", "hook", T0);
        assertThat(store.deleteRun(runs.get(2))).isTrue();
        assertThat(store.recordedChanges("avg_total_us", "mean")).singleElement()
                .satisfies(c -> assertThat(c.revealedBy()).isNull());
        assertThat(store.deleteRun(runs.get(1))).isTrue();
        assertThat(store.acknowledgements(null)).isEmpty();
        assertThat(store.recordedChanges("avg_total_us", "mean")).isEmpty();
        for (String table : List.of("acknowledged_changes", "reported_changes", "change_notifications")) {
            assertThat(stores.queryLong("SELECT count(*) FROM " + table)).as(table).isZero();
        }
    }
}

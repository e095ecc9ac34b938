package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

abstract class RunLifecycleContract extends StoreContract {


    @Test
    void runIsOwnedFromCreationUntilFinishedAndOtherStoresLeaveItAlone() {
        try (RunStore collector = stores.open(); RunStore viewer = stores.open()) {
            Run run = collector.createRun(NewRun.named("live"));
            assertThat(collector.isWriterAlive(run.id())).isTrue();
            assertThat(viewer.isWriterAlive(run.id())).isTrue();
            assertThat(viewer.recoverOrphanedRuns()).isEmpty();
            assertThat(viewer.run(run.id()).status()).isEqualTo(RunStatus.RUNNING);
            assertThatThrownBy(() -> viewer.deleteRun(run.id()))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT)
                    .hasMessageContaining("alive");
            assertThatThrownBy(() -> viewer.openWriter(run.id()))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);
            assertThatThrownBy(() -> viewer.finishRun(run.id(), RunStatus.COMPLETE, null, null, null))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);
            assertThatThrownBy(() -> collector.deleteRun(run.id()))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);

            collector.finishRun(run.id(), RunStatus.COMPLETE, null, null, null);
            assertThat(viewer.isWriterAlive(run.id())).isFalse();
            assertThat(viewer.run(run.id()).status()).isEqualTo(RunStatus.COMPLETE);
        }
    }

    @Test
    void runLeftRunningByAClosedStoreIsRecoveredAsInterruptedAtItsLastSample() {
        List<Sample> samples = TestSamples.synthetic(5, 0, 300, 0);
        UUID id;
        try (RunStore collector = stores.open()) {
            id = collector.createRun(NewRun.named("crashed")).id();
            SampleWriter w = collector.openWriter(id);
            samples.forEach(w::append);
            // no finishRun: closing the store releases ownership, like a dying process
        }
        try (RunStore next = stores.open()) {
            assertThat(next.run(id).status()).isEqualTo(stores.orphanStatusBeforeRecovery());
            assertThat(next.isWriterAlive(id)).isFalse();
            List<Run> recovered = next.recoverOrphanedRuns();
            assertThat(recovered).extracting(Run::id).containsExactly(id);
            Run run = next.run(id);
            assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(run.sampleCount()).isEqualTo(300);
            assertThat(run.endedAt()).isEqualTo(samples.get(299).receivedAt());
            assertThat(next.recoverOrphanedRuns()).isEmpty();
            next.updateCachedStats(id, Map.of("avg_total_us", Map.of("mean", 1.0)));
            assertThat(next.run(id).cachedStats()).containsKey("avg_total_us");
        }
    }

    @Test
    void orphanWithoutSamplesEndsNow() {
        Instant before = Instant.now().minusSeconds(1);
        UUID id;
        try (RunStore collector = stores.open()) {
            id = collector.createRun(NewRun.named("never-connected")).id();
        }
        try (RunStore next = stores.open()) {
            next.recoverOrphanedRuns();
            assertThat(next.run(id).endedAt()).isAfter(before);
        }
    }

    @Test
    void orphanCanBeAdoptedByANewWriterWhichContinuesAfterItsLastSeq() {
        UUID id;
        try (RunStore first = stores.open()) {
            id = first.createRun(NewRun.named("resumed")).id();
            try (SampleWriter w = first.openWriter(id)) {
                TestSamples.synthetic(1, 0, 10, 0).forEach(w::append);
            }
        }
        try (RunStore second = stores.open()) {
            try (SampleWriter w = second.openWriter(id)) {
                assertThatThrownBy(() -> w.append(TestSamples.synthetic(1, 9, 1, 0).get(0)))
                        .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
                TestSamples.synthetic(2, 10, 5, 0).forEach(w::append);
            }
            assertThat(second.isWriterAlive(id)).isTrue();
            assertThat(second.finishRun(id, RunStatus.COMPLETE, null, null, null).sampleCount()).isEqualTo(15);
        }
    }

    @Test
    void finishedRunsCannotBeFinishedAgainNorWritten() {
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("done")).id();
            store.finishRun(id, RunStatus.FAILED, null, null, null);
            assertThatThrownBy(() -> store.finishRun(id, RunStatus.COMPLETE, null, null, null))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT)
                    .hasMessageContaining("already FAILED");
            assertThatThrownBy(() -> store.openWriter(id))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT)
                    .hasMessageContaining("FAILED");
            assertThatThrownBy(() -> store.finishRun(id, RunStatus.RUNNING, null, null, null))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
            assertThat(store.run(id).status()).isEqualTo(RunStatus.FAILED);
        }
    }

    @Test
    void deleteRemovesTheRunAndEverythingItOwns() throws Exception {
        try (RunStore store = stores.open()) {
            UUID keep = store.createRun(NewRun.named("keep").withTags(List.of("a"))).id();
            UUID gone = store.createRun(NewRun.named("gone").withTags(List.of("a", "b"))).id();
            for (UUID id : List.of(keep, gone)) {
                try (SampleWriter w = store.openWriter(id)) {
                    TestSamples.synthetic(1, 0, 600, 4).forEach(w::append);
                }
                store.appendEvent(id, new RunEvent(Instant.now(), EventType.STOPPED, ""));
                store.finishRun(id, RunStatus.COMPLETE, null, Map.of("avg_total_us", Map.of("mean", 2.0)),
                        Map.of("hopCount", 3.0));
                store.saveMeasures(id, MeasureSet.builder("harness").report("boot_ms", 412, "ms").build());
            }
            assertThat(store.deleteRun(gone)).isTrue();
            assertThat(store.deleteRun(gone)).isFalse();
            assertThat(store.findRun(gone)).isEmpty();
            assertThat(store.sampleCount(keep)).isEqualTo(600);
        }
        for (String table : stores.runTables()) {
            assertThat(stores.queryLong("SELECT count(DISTINCT run_key) FROM " + table)).as(table).isEqualTo(1);
        }
    }

    @Test
    void closedStoreRefusesWork() {
        RunStore store = stores.open();
        UUID id = store.createRun(NewRun.named("x")).id();
        store.close();
        store.close();
        assertThatThrownBy(() -> store.run(id)).hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> store.createRun(NewRun.named("y")))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);
    }

    @Test
    void createRunWithAnExistingIdIsAConflict() {
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("one")).id();
            store.finishRun(id, RunStatus.COMPLETE, null, null, null);
            assertThatThrownBy(() -> store.createRun(NewRun.named("two").withId(id)))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT)
                    .hasMessageContaining("exists already");
            assertThat(store.run(id).name()).isEqualTo("one");
            assertThat(store.isWriterAlive(id)).isFalse();
        }
    }
}

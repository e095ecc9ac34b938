package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.store.testing.ChildJvm;
import io.lightwaveos.bench.store.testing.WriterMain;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A writer in another JVM, killed with SIGKILL (Process.destroyForcibly). */
abstract class CrashRecoveryContract extends StoreContract {

    private static final Duration STARTUP = Duration.ofSeconds(60);


    @Test
    void killedWritersRunIsIntactKeepsEverySampleCommittedBeforeTheLastSecondAndIsMarkedInterrupted()
            throws Exception {
        UUID id;
        long killedAtMs;
        List<String> lines;
        try (ChildJvm child = ChildJvm.start(WriterMain.class, stores.location())) {
            id = UUID.fromString(child.awaitLine(l -> l.startsWith("RUN "), STARTUP).substring(4));
            // Let it write for a while: wait for a commit report 2.5 s after the first non-empty one.
            String first = child.awaitLine(l -> l.startsWith("COMMITTED ") && committedSeq(l) >= 0, STARTUP);
            long firstAt = reportedAt(first);
            child.awaitLine(l -> l.startsWith("COMMITTED ") && reportedAt(l) >= firstAt + 2_500, STARTUP);
            killedAtMs = System.currentTimeMillis();
            child.kill();
            lines = List.copyOf(child.lines());
        }
        long committedBeforeLastSecond = lines.stream().filter(l -> l.startsWith("COMMITTED "))
                .filter(l -> reportedAt(l) <= killedAtMs - 1_000).mapToLong(CrashRecoveryContract::committedSeq)
                .max().orElseThrow();
        assertThat(committedBeforeLastSecond).isPositive();

        checkIntegrity();

        try (RunStore store = stores.open(); RunStore otherReader = stores.open()) {
            awaitWriterGone(store, id);
            // Before anyone recovers it, every reader sees the same status (and filters by it).
            RunStatus before = stores.orphanStatusBeforeRecovery();
            assertThat(store.run(id).status()).isEqualTo(before);
            assertThat(otherReader.run(id).status()).isEqualTo(before);
            assertThat(otherReader.listRuns(RunFilter.ALL.withStatuses(List.of(before)))).extracting(Run::id)
                    .containsExactly(id);
            List<Run> recovered = store.recoverOrphanedRuns();
            assertThat(recovered).extracting(Run::id).containsExactly(id);

            Run run = store.run(id);
            assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
            assertThat(run.sampleCount()).isGreaterThan(committedBeforeLastSecond);
            AtomicLong expectedSeq = new AtomicLong();
            long[] lastReceived = {0};
            store.forEachSample(id, (Sample s) -> {
                assertThat(s.seq()).isEqualTo(expectedSeq.getAndIncrement());
                lastReceived[0] = s.receivedAtMicros();
            });
            assertThat(expectedSeq.get()).isEqualTo(run.sampleCount());
            assertThat(io.lightwaveos.bench.run.Sample.toMicros(run.endedAt())).isEqualTo(lastReceived[0]);
        }
    }

    @Test
    void liveWriterInAnotherProcessKeepsItsRunningRunUntouched() throws Exception {
        try (ChildJvm child = ChildJvm.start(WriterMain.class, stores.location())) {
            UUID id = UUID.fromString(child.awaitLine(l -> l.startsWith("RUN "), STARTUP).substring(4));
            child.awaitLine(l -> l.startsWith("COMMITTED ") && committedSeq(l) >= 1_000, STARTUP);
            try (RunStore store = stores.open()) {
                assertThat(store.isWriterAlive(id)).isTrue();
                assertThat(store.recoverOrphanedRuns()).isEmpty();
                assertThat(store.run(id).status()).isEqualTo(RunStatus.RUNNING);
                assertThat(store.run(id).endedAt()).isNull();
                assertThatThrownBy(() -> store.deleteRun(id))
                        .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);
                assertThatThrownBy(() -> store.openWriter(id))
                        .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);
                assertThatThrownBy(() -> store.finishRun(id, RunStatus.COMPLETE, null, null, null))
                        .hasFieldOrPropertyWithValue("reason", StoreException.Reason.CONFLICT);
                assertThat(child.process().isAlive()).isTrue();

                child.kill();
                awaitWriterGone(store, id);
                assertThat(store.recoverOrphanedRuns()).extracting(Run::id).containsExactly(id);
            }
        }
    }

    /** Checks the database's own integrity after a writer was killed (SQLite: {@code PRAGMA integrity_check}). */
    void checkIntegrity() throws Exception {
    }

    /**
     * Waits until the store knows the killed writer is gone: at once where the OS releases a file
     * lock, after the lease where a heartbeat stops. Fails if that takes more than a minute.
     */
    static void awaitWriterGone(RunStore store, UUID id) throws InterruptedException {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (store.isWriterAlive(id)) {
            assertThat(System.nanoTime()).as("the dead writer's run is still owned after 60 s").isLessThan(giveUp);
            Thread.sleep(100);
        }
    }

    private static long committedSeq(String line) {
        return Long.parseLong(line.split(" ")[1]);
    }

    private static long reportedAt(String line) {
        return Long.parseLong(line.split(" ")[2]);
    }
}

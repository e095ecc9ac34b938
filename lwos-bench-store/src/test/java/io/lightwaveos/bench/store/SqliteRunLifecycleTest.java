package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.testing.SqliteFixture;
import io.lightwaveos.bench.store.testing.StoreFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link RunLifecycleContract} on the SQLite store. */
class SqliteRunLifecycleTest extends RunLifecycleContract {

    @Override
    StoreFixture newFixture(Path dir) {
        return new SqliteFixture(dir);
    }

    @Test
    void theOwnersLockFileIsHeldWhileTheRunIsWrittenAndRemovedWhenItIsFinished() {
        Path locks = dir.resolve("store.db-locks");
        try (RunStore store = stores.open()) {
            UUID id = store.createRun(NewRun.named("locked")).id();
            assertThat(Files.exists(locks.resolve(id + ".lock"))).isTrue();
            store.finishRun(id, RunStatus.COMPLETE, null, null, null);
            assertThat(Files.exists(locks.resolve(id + ".lock"))).isFalse();
            UUID failed = store.createRun(NewRun.named("failed")).id();
            store.finishRun(failed, RunStatus.FAILED, null, null, null);
            assertThat(Files.exists(locks.resolve(failed + ".lock"))).isFalse();
        }
    }
}

package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class RunListingContract extends StoreContract {


    @Test
    void filtersCombineAndResultsAreNewestFirst() {
        try (RunStore store = stores.open()) {
            Run r1 = run(store, "Baseline", "2025-01-01T00:00:00Z", RunStatus.COMPLETE, "nightly", "esp32");
            Run r2 = run(store, "opt-dsp", "2025-01-03T00:00:00Z", RunStatus.INTERRUPTED, "nightly");
            Run r3 = run(store, "baseline-2", "2025-01-02T00:00:00Z", RunStatus.FAILED, "esp32");
            Run r4 = run(store, "live", "2025-01-04T00:00:00Z", RunStatus.RUNNING);

            assertThat(ids(store.listRuns(RunFilter.ALL))).containsExactlyElementsOf(ids(r4, r2, r3, r1));
            assertThat(ids(store.listRuns(RunFilter.ALL.withLimit(2)))).containsExactlyElementsOf(ids(r4, r2));
            assertThat(ids(store.listRuns(RunFilter.ALL.withTags(List.of("nightly"))))).containsExactlyElementsOf(ids(r2, r1));
            assertThat(ids(store.listRuns(RunFilter.ALL.withTags(List.of("nightly", "esp32"))))).containsExactlyElementsOf(ids(r1));
            assertThat(ids(store.listRuns(RunFilter.ALL.withTags(List.of("none"))))).isEmpty();
            assertThat(ids(store.listRuns(RunFilter.ALL.withStatuses(List.of(RunStatus.COMPLETE, RunStatus.FAILED)))))
                    .containsExactlyElementsOf(ids(r3, r1));
            assertThat(ids(store.listRuns(RunFilter.ALL.withStatuses(List.of(RunStatus.RUNNING))))).containsExactlyElementsOf(ids(r4));
            assertThat(ids(store.listRuns(RunFilter.ALL.withNameContains("BASE")))).containsExactlyElementsOf(ids(r3, r1));
            assertThat(ids(store.listRuns(RunFilter.ALL.withNameContains("base").withTags(List.of("esp32"))
                    .withStatuses(List.of(RunStatus.FAILED))))).containsExactlyElementsOf(ids(r3));
            assertThat(ids(store.listRuns(RunFilter.ALL.withNameContains("%")))).isEmpty();
        }
    }

    @Test
    void badFiltersAreRefused() {
        assertThatThrownBy(() -> RunFilter.ALL.withLimit(-1))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> RunFilter.ALL.withTags(List.of("a,b")))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
    }

    private static Run run(RunStore store, String name, String start, RunStatus status, String... tags) {
        Run r = store.createRun(NewRun.named(name).withStartedAt(Instant.parse(start)).withTags(List.of(tags)));
        if (status != RunStatus.RUNNING) {
            store.finishRun(r.id(), status, null, null, null);
        }
        return r;
    }

    private static List<java.util.UUID> ids(List<Run> runs) {
        return runs.stream().map(Run::id).toList();
    }

    private static List<java.util.UUID> ids(Run... runs) {
        return java.util.Arrays.stream(runs).map(Run::id).toList();
    }
}

package io.lightwaveos.bench.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

abstract class RunReferenceContract extends StoreContract {

    private static final UUID A = UUID.fromString("abcd1234-0000-4000-8000-000000000001");
    private static final UUID B = UUID.fromString("abcd9999-0000-4000-8000-000000000002");
    private static final UUID C = UUID.fromString("2024beef-0000-4000-8000-000000000003");
    private static final UUID D = UUID.fromString("77770000-0000-4000-8000-000000000004");

    RunStore store;

    @BeforeEach
    void fill() {
        store = stores.open();
        create(A, "baseline", "2025-01-01T10:00:00Z");
        create(B, "baseline", "2025-01-02T10:00:00Z");
        create(C, "optimised", "2025-01-03T10:00:00Z");
        create(D, "2024", "2025-01-04T10:00:00Z");
    }

    @AfterEach
    void close() {
        if (store != null) { // null when the store's fixture skipped the test (no PostgreSQL server)
            store.close();
        }
    }

    private void create(UUID id, String name, String startedAt) {
        store.createRun(NewRun.named(name).withId(id).withStartedAt(Instant.parse(startedAt)));
        store.finishRun(id, RunStatus.COMPLETE, null, null, null);
    }

    @Test
    void fullIdResolvesInAnyCase() {
        assertThat(store.resolve(A.toString()).id()).isEqualTo(A);
        assertThat(store.resolve(A.toString().toUpperCase(Locale.ROOT)).id()).isEqualTo(A);
        assertThat(store.resolve("  " + C + " ").id()).isEqualTo(C);
    }

    @Test
    void uniquePrefixOfFourOrMoreHexCharactersResolves() {
        assertThat(store.resolve("abcd1").id()).isEqualTo(A);
        assertThat(store.resolve("ABCD9").id()).isEqualTo(B);
        assertThat(store.resolve("7777").id()).isEqualTo(D);
        assertThat(store.resolve("abcd1234-0000").id()).isEqualTo(A);
    }

    @Test
    void nameResolvesToTheMostRecentRunOfThatName() {
        assertThat(store.resolve("baseline").id()).isEqualTo(B);
        assertThat(store.resolve("optimised").id()).isEqualTo(C);
    }

    @Test
    void aNameThatIsAlsoAnotherRunsIdPrefixIsAmbiguousListingBoth() {
        // "2024" is both D's name and a prefix of C's id: neither may win silently (delete would pick one).
        assertThatThrownBy(() -> store.resolve("2024"))
                .isInstanceOf(StoreException.class)
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.AMBIGUOUS)
                .hasMessageStartingWith("run reference \"2024\" is ambiguous: it is the name of run " + D
                        + " and the start of the id of 1 other run(s); give the full id:")
                .satisfies(e -> assertThat(((StoreException) e).candidates()).containsExactly(
                        D + "  2024       2025-01-04T10:00:00Z", C + "  optimised  2025-01-03T10:00:00Z"));
        assertThat(store.resolve("2024b").id()).isEqualTo(C);
        assertThat(store.resolve(D.toString()).id()).isEqualTo(D);
    }

    @Test
    void ambiguousPrefixListsEveryCandidateWithIdNameAndStart() {
        assertThatThrownBy(() -> store.resolve("abcd"))
                .isInstanceOf(StoreException.class)
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.AMBIGUOUS)
                .hasMessageContaining("matches 2 runs")
                .hasMessageContaining(A + "  baseline  2025-01-01T10:00:00Z")
                .hasMessageContaining(B + "  baseline  2025-01-02T10:00:00Z")
                .hasMessageNotContaining(C.toString())
                .satisfies(e -> assertThat(((StoreException) e).candidates()).containsExactlyInAnyOrder(
                        A + "  baseline  2025-01-01T10:00:00Z", B + "  baseline  2025-01-02T10:00:00Z"));
    }

    @Test
    void unknownReferenceListsRecentRuns() {
        assertThatThrownBy(() -> store.resolve("nightly"))
                .isInstanceOf(StoreException.class)
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND)
                .hasMessageContaining("no run matches \"nightly\"")
                .hasMessageContaining(D + "  2024       2025-01-04T10:00:00Z")
                .hasMessageContaining(A.toString());
        assertThatThrownBy(() -> store.resolve("ffff"))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND);
        UUID unknown = UUID.fromString("ffffffff-0000-4000-8000-000000000009");
        assertThatThrownBy(() -> store.resolve(unknown.toString()))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND)
                .hasMessageContaining(unknown.toString());
    }

    @Test
    void prefixShorterThanFourHexCharactersIsNotAcceptedAndSaysWhy() {
        assertThatThrownBy(() -> store.resolve("abc"))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND)
                .hasMessageContaining("at least 4 hex characters");
    }

    @Test
    void blankReferenceIsInvalid() {
        assertThatThrownBy(() -> store.resolve(" "))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
        assertThatThrownBy(() -> store.resolve(null))
                .hasFieldOrPropertyWithValue("reason", StoreException.Reason.INVALID);
    }

    @Test
    void emptyStoreSaysSoWhenNothingMatches() {
        try (RunStore empty = stores.openOther("empty")) {
            assertThatThrownBy(() -> empty.resolve("baseline"))
                    .hasFieldOrPropertyWithValue("reason", StoreException.Reason.NOT_FOUND)
                    .hasMessageContaining("no runs");
        }
    }

    @Test
    void quotesAndSqlInReferencesAreJustText() {
        Run odd = store.createRun(NewRun.named("it's '; DROP TABLE runs; --"));
        assertThat(store.resolve("it's '; DROP TABLE runs; --").id()).isEqualTo(odd.id());
        assertThat(store.listRuns(RunFilter.ALL)).hasSize(5);
    }
}

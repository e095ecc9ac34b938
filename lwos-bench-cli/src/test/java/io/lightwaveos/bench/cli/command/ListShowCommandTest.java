package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.StoredRuns;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListShowCommandTest {

    @TempDir
    Path dir;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    private Run store(String name, String id, Instant start, List<String> tags) {
        return StoredRuns.write(dir.resolve("bench.db"), NewRun.named(name).withId(UUID.fromString(id))
                .withStartedAt(start).withTags(tags), TestSamples.synthetic(name.hashCode(), 0, 100, 10));
    }

    @Test
    void listShowsRunsNewestFirstAndFiltersThem() {
        store("baseline", "aaaa1111-0000-4000-8000-000000000001", Instant.parse("2026-11-20T10:00:00Z"), List.of("nightly"));
        store("candidate", "bbbb2222-0000-4000-8000-000000000002", Instant.parse("2026-11-21T10:00:00Z"),
                List.of("nightly", "dsp"));
        store("other", "cccc3333-0000-4000-8000-000000000003", Instant.parse("2026-11-22T10:00:00Z"), List.of());

        CliRunner.Result all = CliRunner.run("--db", db(), "list-runs");
        assertThat(all.exitCode()).isEqualTo(ExitCode.OK);
        List<String> lines = all.out().lines().toList();
        assertThat(lines.get(0)).startsWith("id        name       status    started").contains("samples", "avg_total_us (µs)");
        assertThat(lines.subList(1, 4)).extracting(l -> l.substring(0, 8)).containsExactly("cccc3333", "bbbb2222", "aaaa1111");
        assertThat(lines.get(2)).contains("candidate  COMPLETE  2026-11-21 10:00:00Z").contains("nightly,dsp");

        assertThat(CliRunner.run("--db", db(), "list", "--tags", "nightly").out().lines().skip(1))
                .extracting(l -> l.substring(0, 8)).containsExactly("bbbb2222", "aaaa1111");
        assertThat(CliRunner.run("--db", db(), "list", "--limit", "1").out().lines()).hasSize(2);
        assertThat(CliRunner.run("--db", db(), "list", "--name", "CAND").out()).contains("candidate").doesNotContain("baseline");
        assertThat(CliRunner.run("--db", db(), "list", "--status", "running,failed").err()).contains("No runs match.");
    }

    @Test
    void listOnAnEmptyStoreSaysHowToCollectAndBadOptionsAreUsageErrors() {
        RunStores.open(dir.resolve("bench.db").toString()).close();
        CliRunner.Result empty = CliRunner.run("--db", db(), "list-runs");
        assertThat(empty.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(empty.out()).isEmpty();
        assertThat(empty.err()).contains("No runs yet.").contains("lwos-bench collect --simulate");
        CliRunner.Result badStatus = CliRunner.run("--db", db(), "list-runs", "--status", "DONE");
        assertThat(badStatus.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(badStatus.err()).contains("RUNNING, COMPLETE, INTERRUPTED, FAILED");
        assertThat(CliRunner.run("--db", db(), "list-runs", "--format", "yaml").err()).contains("table, json");
        assertThat(CliRunner.run("--db", db(), "list-runs", "--limit", "-1").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void readOnlyCommandsRefuseAMissingStoreNamingItAndCreateNothing() {
        Path mistyped = dir.resolve("no-such-folder").resolve("bench.db");
        for (String[] command : List.of(new String[] {"list-runs"}, new String[] {"show", "x"},
                new String[] {"compare", "a", "b"}, new String[] {"export", "x"}, new String[] {"delete", "x", "--yes"},
                new String[] {"check", "x", "--write-baseline", "-"})) {
            List<String> args = new java.util.ArrayList<>(List.of("--db", mistyped.toString()));
            args.addAll(List.of(command));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).as(r.toString()).startsWith("lwos-bench: no run store at " + mistyped + ": expected an"
                    + " existing database");
        }
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void anEmptyOrBlankDbPathIsAUsageErrorNotTheDefaultDatabase() {
        for (String empty : List.of("", "  ")) {
            CliRunner.Result r = CliRunner.run("--db", empty, "list-runs");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
            assertThat(r.err()).isEqualTo("lwos-bench: --db: expected a database path or URL, got an empty one\n");
        }
        CliRunner.Result collect = CliRunner.run("--db=", "collect", "--simulate", "--run-name", "x", "--max-samples", "1");
        assertThat(collect.exitCode()).as(collect.toString()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void namesTagsAndEventsFromTheStoreArePrintedWithControlCharactersEscaped() throws Exception {
        Run run = store("plain", "eeee5555-0000-4000-8000-000000000005", Instant.parse("2026-11-24T10:00:00Z"), List.of("t"));
        String hostile = "evil\u001b[2J\u0007\nFORGED LINE\r" + "x".repeat(5000);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db());
                java.sql.PreparedStatement p = c.prepareStatement("UPDATE runs SET name = ?")) {
            p.setString(1, hostile);
            p.executeUpdate();
        }
        for (String[] command : List.of(new String[] {"list-runs"}, new String[] {"show", run.id().toString()})) {
            List<String> args = new java.util.ArrayList<>(List.of("--db", db()));
            args.addAll(List.of(command));
            CliRunner.Result r = CliRunner.run(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
            assertThat(r.out()).contains("evil\\e[2J\\x07\\nFORGED LINE\\r").doesNotContain("\u001b", "\u0007", "\r")
                    .contains("more characters)");
            assertThat(r.out().lines()).noneMatch(l -> l.startsWith("FORGED")).allMatch(l -> l.length() < 400);
        }
    }

    @Test
    void showPrintsDetailsCountersStatisticsOfEveryMetricAndEvents() {
        Run run = store("mixed", "dddd4444-0000-4000-8000-000000000004", Instant.parse("2026-11-23T10:00:00Z"),
                List.of("ext"));
        CliRunner.Result r = CliRunner.run("--db", db(), "show", "dddd");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("run       " + run.id()).contains("name      mixed").contains("tags      ext")
                .contains("status    COMPLETE").contains("samples   100")
                .contains("counters  foreign 0, malformed 0 (BAD_LENGTH 0, NON_FINITE 0), gaps 0")
                .contains("statistic", "avg_total_us (µs)", "avg_dc_agc_us (µs)", "avg_chroma_us (µs)")
                .contains("p99.9", "lag-1 autocorr.", "n_eff")
                .contains("events\n  (none)");
        String nRow = r.out().lines().filter(l -> l.trim().startsWith("n ")).findFirst().orElseThrow();
        assertThat(nRow.trim().split("\\s+")).containsExactly("n", "100", "100", "100", "100", "100", "10", "10");
    }

    @Test
    void jsonOutputsAreRunDocuments() throws Exception {
        Run run = store("mixed", "dddd4444-0000-4000-8000-000000000004", Instant.parse("2026-11-23T10:00:00Z"),
                List.of("ext"));
        store("compact", "ffff5555-0000-4000-8000-000000000005", Instant.parse("2026-11-24T10:00:00Z"), List.of());

        CliRunner.Result list = CliRunner.run("--db", db(), "list-runs", "--format", "json");
        assertThat(list.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode array = new ObjectMapper().readTree(list.out());
        assertThat(array).hasSize(2);
        assertThat(array.get(0).get("schema").asText()).isEqualTo("lwos-bench/run/v2");
        assertThat(array.get(1).get("id").asText()).isEqualTo(run.id().toString());
        assertThat(array.get(1).has("events")).isFalse();
        assertThat(array.get(1).get("stats").get("avg_total_us").get("n").asInt()).isEqualTo(100);

        CliRunner.Result show = CliRunner.run("--db", db(), "show", "mixed", "--format", "json");
        assertThat(show.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode doc = new ObjectMapper().readTree(show.out());
        assertThat(doc.get("name").asText()).isEqualTo("mixed");
        assertThat(doc.get("tags").get(0).asText()).isEqualTo("ext");
        assertThat(doc.get("status").asText()).isEqualTo("COMPLETE");
        assertThat(doc.get("counters").get("frames_malformed").get("BAD_LENGTH").asLong()).isZero();
        assertThat(doc.get("stats").fieldNames()).toIterable().containsExactly("avg_total_us", "avg_goertzel_us",
                "cpu_load_percent", "peak_total_us", "peak_goertzel_us", "avg_dc_agc_us", "avg_chroma_us");
        assertThat(doc.get("stats").get("avg_chroma_us").get("n").asInt()).isEqualTo(10);
        assertThat(doc.get("events").isArray()).isTrue();
        assertThat(CliRunner.run("--db", db(), "show", "mixed", "--format", "xml").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void unknownAndAmbiguousReferencesListTheCandidates() {
        store("one", "eeee0000-0000-4000-8000-000000000001", Instant.parse("2026-11-20T10:00:00Z"), List.of());
        store("two", "eeee0000-0000-4000-8000-000000000002", Instant.parse("2026-11-21T10:00:00Z"), List.of());
        CliRunner.Result ambiguous = CliRunner.run("--db", db(), "show", "eeee");
        assertThat(ambiguous.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(ambiguous.err()).startsWith("lwos-bench: run reference \"eeee\" matches 2 runs")
                .contains("eeee0000-0000-4000-8000-000000000001  one").contains("eeee0000-0000-4000-8000-000000000002  two");
        CliRunner.Result unknown = CliRunner.run("--db", db(), "show", "three");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("no run matches \"three\"").contains("  one  ").contains("  two  ");
        assertThat(unknown.out()).isEmpty();
    }

    @Test
    void anOrphanedRunningRunIsRecoveredByTheNextCommand() {
        Path file = dir.resolve("bench.db");
        RunStore dead = RunStores.open(file.toString());
        Run orphan = dead.createRun(NewRun.named("crashed"));
        try (var w = dead.openWriter(orphan.id())) {
            TestSamples.synthetic(3, 0, 30, 0).forEach(w::append);
        }
        dead.close(); // like a collector that died: the run stays RUNNING, its lock is gone
        CliRunner.Result r = CliRunner.run("--db", db(), "list-runs");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).contains("run " + orphan.id() + " (\"crashed\") was left RUNNING").contains("30 samples");
        assertThat(r.out()).contains("crashed  INTERRUPTED");
        try (RunStore store = RunStores.open(file.toString())) {
            assertThat(store.run(orphan.id()).cachedStats().get("avg_total_us").get("n")).isEqualTo(30.0);
        }
    }
}

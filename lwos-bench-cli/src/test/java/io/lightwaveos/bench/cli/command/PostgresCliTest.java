package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command on a team store: collect into it, read it, push runs from SQLite to it, clear errors. */
class PostgresCliTest {

    @TempDir
    Path dir;

    PostgresFixture team;

    @BeforeEach
    void teamStore() {
        team = PostgresFixture.create();
    }

    @AfterEach
    void drop() {
        if (team != null) { // null when the test was skipped for want of a server
            team.close();
        }
    }

    @Test
    void collectIntoTheTeamStoreThenListAndShowReadItBack() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", team.location(), "collect", "--simulate", "--simulate-rate", "500",
                "--run-name", "team-run", "--max-samples", "300");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("\"team-run\": COMPLETE, 300 samples");

        CliRunner.Result list = CliRunner.run("--db", team.location(), "list-runs", "--format", "json");
        assertThat(list.exitCode()).as(list.toString()).isEqualTo(ExitCode.OK);
        JsonNode runs = new ObjectMapper().readTree(list.out());
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("name").asText()).isEqualTo("team-run");
        assertThat(runs.get(0).get("sample_count").asLong()).isEqualTo(300);

        CliRunner.Result show = CliRunner.run("--db", team.location(), "show", "team-run");
        assertThat(show.exitCode()).as(show.toString()).isEqualTo(ExitCode.OK);
        assertThat(show.out()).contains("team-run").contains("COMPLETE").contains("avg_total_us");
    }

    @Test
    void pushCopiesRunsOnceAndCompareThereGivesTheSameJsonAsOnSqlite() throws Exception {
        String local = dir.resolve("local.db").toString();
        for (String name : List.of("base", "cand")) {
            CliRunner.Result r = CliRunner.run("--db", local, "collect", "--simulate", "--simulate-rate", "500",
                    "--run-name", name, "--max-samples", "400", "--tags", "push");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        }
        CliRunner.Result push = CliRunner.run("--db", local, "push", "--all", "--to", team.location());
        assertThat(push.exitCode()).as(push.toString()).isEqualTo(ExitCode.OK);
        assertThat(push.out().lines().filter(l -> l.startsWith("pushed  "))).hasSize(2);

        CliRunner.Result again = CliRunner.run("--db", local, "push", "base", "cand", "--to", team.location());
        assertThat(again.exitCode()).as(again.toString()).isEqualTo(ExitCode.OK);
        assertThat(again.out().lines().filter(l -> l.endsWith("already in the target"))).hasSize(2);

        List<String> json = new ArrayList<>();
        for (String db : List.of(local, team.location())) {
            CliRunner.Result c = CliRunner.run("--db", db, "compare", "base", "cand", "--format", "json");
            assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCode.OK);
            json.add(c.out());
        }
        assertThat(json.get(1)).isEqualTo(json.get(0));
        for (String doc : List.of("show", "export")) {
            String[] fmt = doc.equals("show") ? new String[] {"--format", "json"} : new String[] {"--format", "csv"};
            List<String> outs = new ArrayList<>();
            for (String db : List.of(local, team.location())) {
                List<String> args = new ArrayList<>(List.of("--db", db, doc, "cand"));
                args.addAll(List.of(fmt));
                CliRunner.Result c = CliRunner.run(args.toArray(new String[0]));
                assertThat(c.exitCode()).as(c.toString()).isEqualTo(ExitCode.OK);
                outs.add(c.out());
            }
            assertThat(outs.get(1)).as(doc).isEqualTo(outs.get(0));
        }
        try (RunStore store = team.open()) {
            Run base = store.resolve("base");
            assertThat(base.status()).isEqualTo(RunStatus.COMPLETE);
            assertThat(base.tags()).containsExactly("push");
        }
    }

    @Test
    void aWrongPasswordIsAUsageErrorThatNeverPrintsThePassword() {
        String wrong = team.location().replaceFirst("://([^:@/]+)(:[^@]*)?@", "://$1:Wr0ngPassw0rd@");
        CliRunner.Result r = CliRunner.run("--db", wrong, "list-runs");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("authentication failed").doesNotContain("Wr0ngPassw0rd");
        assertThat(r.out()).doesNotContain("Wr0ngPassw0rd");
    }

    @Test
    void anUnknownDatabaseIsAUsageErrorAndAnUnreachableServerARuntimeFailure() {
        String unknown = team.location().replaceFirst("/[^/?]+\\?", "/lwos_no_such_db_" + UUID.randomUUID()
                .toString().substring(0, 8) + "?");
        CliRunner.Result r = CliRunner.run("--db", unknown, "list-runs");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("does not exist");

        CliRunner.Result down = CliRunner.run("--db", "postgresql://nobody:pw@127.0.0.1:1/bench", "list-runs");
        assertThat(down.exitCode()).as(down.toString()).isEqualTo(ExitCode.FAILURE);
        assertThat(down.err()).contains("cannot reach the PostgreSQL server at 127.0.0.1:1").doesNotContain(":pw@");
    }
}

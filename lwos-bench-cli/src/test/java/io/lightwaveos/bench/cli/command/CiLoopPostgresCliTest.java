package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.SteadyRuns;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI loop's commands on a team store (PostgreSQL): ack, late change points reported once, push carrying acks. */
class CiLoopPostgresCliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    private static void main(SteadyRuns runs, int commit, double level) {
        runs.add(String.format("main-%02d", commit), "bench-a", "main", String.format("c%06d", commit), level);
    }

    @Test
    void aLateChangeIsReportedOnceAndAnAckRestartsTheHistoryOnTheTeamStore() throws Exception {
        String db = team.location();
        SteadyRuns runs = new SteadyRuns(db).steadyCpu();
        for (int c = 0; c < 20; c++) {
            main(runs, c, 160);
        }
        for (int c = 20; c < 23; c++) {
            main(runs, c, 176);
        }
        CliRunner.Result revealing = CliRunner.run("--db", db, "check", "main-22", "--against-history", "--metric",
                "avg_total_us");
        assertThat(revealing.exitCode()).as(revealing.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(revealing.out()).contains("fail (late change point)").contains("\"main-20\"");
        main(runs, 23, 176);
        CliRunner.Result next = CliRunner.run("--db", db, "check", "main-23", "--against-history", "--metric",
                "avg_total_us", "--format", "json");
        assertThat(MAPPER.readTree(next.out()).at("/metrics/0/late_change_points")).as(next.toString()).isEmpty();

        CliRunner.Result ack = CliRunner.run("--db", db, "ack", "avg_total_us", "main-20", "--reason", "on purpose");
        assertThat(ack.exitCode()).as(ack.toString()).isEqualTo(ExitCode.OK);
        JsonNode history = MAPPER.readTree(CliRunner.run("--db", db, "history", "avg_total_us", "--format", "json").out());
        assertThat(history.at("/acknowledged/0/index").asInt()).isEqualTo(20);
        assertThat(history.at("/change_points/0/acknowledged/reason").asText()).isEqualTo("on purpose");
        JsonNode gated = MAPPER.readTree(CliRunner.run("--db", db, "check", "main-23", "--against-history", "--metric",
                "avg_total_us", "--format", "json").out());
        assertThat(gated.at("/metrics/0/history_runs").asInt()).isEqualTo(3);
        assertThat(gated.at("/baseline/kind").asText()).isEqualTo("none");
    }

    @Test
    void pushCarriesAcknowledgementsToTheTeamStore() {
        String local = dir.resolve("local.db").toString();
        SteadyRuns runs = new SteadyRuns(local).steadyCpu();
        main(runs, 0, 160);
        main(runs, 1, 176);
        assertThat(CliRunner.run("--db", local, "ack", "avg_total_us", "main-01", "--reason", "new DSP").exitCode())
                .isEqualTo(ExitCode.OK);
        CliRunner.Result push = CliRunner.run("--db", local, "push", "--all", "--to", team.location());
        assertThat(push.exitCode()).as(push.toString()).isEqualTo(ExitCode.OK);
        assertThat(CliRunner.run("--db", team.location(), "ack", "--list").out()).contains("main-01")
                .contains("avg_total_us").contains("new DSP");
    }
}

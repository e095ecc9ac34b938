package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.service.RunService;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import io.lightwaveos.bench.store.testing.PostgresFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CI loop's commands on a team store (PostgreSQL): ack, late change points reported once, push carrying acks. */
class CiLoopPostgresCliTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;
    PostgresFixture team;
    int count;

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

    private void main(String location, int commit, double level) {
        int i = count++;
        Instant start = T0.plusSeconds(3600L * i);
        SplittableRandom random = new SplittableRandom(i);
        double runLevel = level * (1 + 0.004 * random.nextGaussian());
        RunContext context = RunContext.EMPTY.withRig("bench-a").withWorkload(new Workload(1, "Ripple", 128, 10, 0))
                .withVcs(new Vcs(String.format("c%06d", commit), "main"));
        try (RunStore store = RunStores.open(location)) {
            Run run = store.createRun(NewRun.named(String.format("main-%02d", commit)).withSource("test")
                    .withContext(context).withStartedAt(start));
            try (SampleWriter w = store.openWriter(run.id())) {
                long t0 = Sample.toMicros(start);
                for (int k = 0; k < 200; k++) {
                    float avg = (float) (runLevel + random.nextGaussian());
                    w.append(new Sample(k, t0 + k * 100_000L, BenchmarkFrame.compact(100L * k, avg, 70f, avg / 200f,
                            (int) (avg * 3), 200, 5L * k, k, Flags.of(3), 0)));
                }
            }
            new RunService(store).finish(run.id(), RunStatus.COMPLETE, null, Map.of());
        }
    }

    @Test
    void aLateChangeIsReportedOnceAndAnAckRestartsTheHistoryOnTheTeamStore() throws Exception {
        String db = team.location();
        for (int c = 0; c < 20; c++) {
            main(db, c, 160);
        }
        for (int c = 20; c < 23; c++) {
            main(db, c, 176);
        }
        CliRunner.Result revealing = CliRunner.run("--db", db, "check", "main-22", "--against-history", "--metric",
                "avg_total_us");
        assertThat(revealing.exitCode()).as(revealing.toString()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(revealing.out()).contains("fail (late change point)").contains("\"main-20\"");
        main(db, 23, 176);
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
        main(local, 0, 160);
        main(local, 1, 176);
        assertThat(CliRunner.run("--db", local, "ack", "avg_total_us", "main-01", "--reason", "new DSP").exitCode())
                .isEqualTo(ExitCode.OK);
        CliRunner.Result push = CliRunner.run("--db", local, "push", "--all", "--to", team.location());
        assertThat(push.exitCode()).as(push.toString()).isEqualTo(ExitCode.OK);
        assertThat(CliRunner.run("--db", team.location(), "ack", "--list").out()).contains("main-01")
                .contains("avg_total_us").contains("new DSP");
    }
}

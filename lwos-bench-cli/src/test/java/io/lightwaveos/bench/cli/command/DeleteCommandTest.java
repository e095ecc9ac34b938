package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.StoredRuns;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.testing.TestSamples;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeleteCommandTest {

    @TempDir
    Path dir;
    Run run;

    private String db() {
        return dir.resolve("bench.db").toString();
    }

    @BeforeEach
    void storeARun() {
        run = StoredRuns.write(dir.resolve("bench.db"), NewRun.named("old"), TestSamples.synthetic(1, 0, 20, 0));
    }

    private boolean exists(Run r) {
        try (RunStore store = RunStores.open(dir.resolve("bench.db").toString())) {
            return store.findRun(r.id()).isPresent();
        }
    }

    @Test
    void answeringYesDeletesTheRun() {
        CliRunner.Result r = CliRunner.runWithInput("y\n", "--db", db(), "delete", "old");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("Delete run " + run.id() + " \"old\" (COMPLETE, 20 samples, started ")
                .contains("? [y/N] ").contains("Deleted run " + run.id());
        assertThat(exists(run)).isFalse();
    }

    @Test
    void anythingButYesKeepsTheRun() {
        CliRunner.Result r = CliRunner.runWithInput("\n", "--db", db(), "delete", run.id().toString().substring(0, 6));
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("Nothing deleted.");
        assertThat(CliRunner.runWithInput("no\n", "--db", db(), "delete", "old").out()).contains("Nothing deleted.");
        assertThat(exists(run)).isTrue();
    }

    @Test
    void noAnswerOnStandardInputIsAUsageErrorThatDeletesNothing() {
        CliRunner.Result r = CliRunner.runWithInput("", "--db", db(), "delete", "old");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("no answer on standard input").contains("--yes");
        assertThat(exists(run)).isTrue();
    }

    @Test
    void yesSkipsTheQuestion() {
        CliRunner.Result r = CliRunner.run("--db", db(), "delete", "old", "--yes");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).doesNotContain("[y/N]").startsWith("Deleted run " + run.id());
        assertThat(exists(run)).isFalse();
        CliRunner.Result again = CliRunner.run("--db", db(), "delete", "old", "--yes");
        assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(again.err()).contains("no run matches \"old\"");
    }

    @Test
    void aRunningRunWithALiveCollectorIsRefused() {
        try (RunStore collector = RunStores.open(dir.resolve("bench.db").toString())) {
            Run live = collector.createRun(NewRun.named("live"));
            CliRunner.Result r = CliRunner.run("--db", db(), "delete", "live", "--yes");
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.FAILURE);
            assertThat(r.err()).startsWith("lwos-bench: run " + live.id()).contains("RUNNING")
                    .contains("stop that collector first");
            assertThat(collector.run(live.id()).status()).isEqualTo(RunStatus.RUNNING);
        }
    }

    @Test
    void aNameThatIsAlsoAnotherRunsIdPrefixIsAmbiguousAndDeletesNothing() {
        String prefix = run.id().toString().substring(0, 8);
        Run named = StoredRuns.write(dir.resolve("bench.db"), NewRun.named(prefix), TestSamples.synthetic(2, 0, 20, 0));
        CliRunner.Result r = CliRunner.run("--db", db(), "delete", prefix, "--yes");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: run reference \"" + prefix + "\" is ambiguous: it is the name of run "
                + named.id() + " and the start of the id of 1 other run(s); give the full id:")
                .contains("\n  " + named.id() + "  " + prefix + "  ").contains("\n  " + run.id() + "  old     " + "  ");
        assertThat(exists(run)).isTrue();
        assertThat(exists(named)).isTrue();
        assertThat(CliRunner.run("--db", db(), "delete", named.id().toString(), "--yes").exitCode()).isZero();
        assertThat(exists(run)).isTrue();
        assertThat(exists(named)).isFalse();
    }
}

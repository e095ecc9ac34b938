package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static final Pattern URL = Pattern.compile("ws://127\\.0\\.0\\.1:\\d+/ws");

    @TempDir
    Path dir;

    @Test
    void servesTheProtocolWithItsFaultsUntilCtrlC() throws Exception {
        CliRunner.Session session = CliRunner.session("", "simulate", "--port", "0", "--rate", "400", "--extended-every",
                "5", "--mean-total-us", "200", "--foreign-rate", "0.05");
        SimulateCommand command = session.command("simulate");
        CompletableFuture<CliRunner.Result> running = CompletableFuture.supplyAsync(session::execute);
        String url = awaitUrl(session);

        CliRunner.Result collect = CliRunner.run("--db", dir.resolve("b.db").toString(), "-q", "collect", "--url", url,
                "--run-name", "from-simulate", "--max-samples", "100");
        assertThat(collect.exitCode()).as(collect.toString()).isEqualTo(ExitCode.OK);
        try (RunStore store = RunStores.open(dir.resolve("b.db").toString())) {
            Run run = store.resolve("from-simulate");
            assertThat(run.source()).isEqualTo(url);
            assertThat(run.sampleCount()).isEqualTo(100);
            assertThat(run.counters().framesForeign()).isPositive();
            assertThat(store.column(run.id(), io.lightwaveos.bench.metric.Metric.AVG_DC_AGC_US).size()).isEqualTo(20);
            assertThat(run.cachedStats().get("avg_total_us").get("mean")).isBetween(170.0, 230.0);
        }

        command.interrupt();
        CliRunner.Result r = running.get(30, TimeUnit.SECONDS);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(r.out()).startsWith("LightwaveOS device simulator on " + url + " at 400.0 frames/s, firmware ")
                .contains("; Ctrl-C to stop.")
                .contains("Stopped: ").contains("frames emitted");
    }

    @Test
    void durationStopsItWithExitZero() {
        CliRunner.Result r = CliRunner.run("simulate", "--port", "0", "--duration", "0.2");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).containsPattern(URL).contains("Stopped: 0 frames emitted");
    }

    @Test
    void badValuesAreUsageErrorsNamingTheRule() {
        CliRunner.Result rate = CliRunner.run("simulate", "--port", "0", "--rate", "0");
        assertThat(rate.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(rate.err()).contains("rate must be above 0");
        CliRunner.Result drop = CliRunner.run("simulate", "--port", "0", "--drop-rate", "2");
        assertThat(drop.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(drop.err()).contains("--drop-rate must be between 0 and 1").doesNotContain("dropRate");
        CliRunner.Result mean = CliRunner.run("simulate", "--port", "0", "--mean-total-us", "-1");
        assertThat(mean.err()).as(mean.toString()).contains("--mean-total-us must be above 0").doesNotContain("meanTotalUs");
        CliRunner.Result tiny = CliRunner.run("simulate", "--port", "0", "--reboot-after", "1e-10");
        assertThat(tiny.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tiny.err()).as(tiny.toString()).contains("--reboot-after must be a positive number of seconds")
                .doesNotContain("PT0S");
        CliRunner.Result behaviour = CliRunner.run("simulate", "--subscribe-behaviour", "maybe");
        assertThat(behaviour.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(behaviour.err()).contains("ACCEPT");
    }

    @Test
    void anAddressThatIsNotThisMachinesIsAUsageErrorInOneSentence() {
        CliRunner.Result r = CliRunner.run("simulate", "--port", "0", "--bind", "999.0.0.1");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).as(r.toString()).isEqualTo(
                "lwos-bench: cannot bind to 999.0.0.1: not an IP address or host name of this machine\n");
    }

    private static String awaitUrl(CliRunner.Session session) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            Matcher m = URL.matcher(session.outSoFar());
            if (m.find()) {
                return m.group();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the simulator printed no URL: " + session.outSoFar() + session.errSoFar());
    }

    @Test
    void theSimulatorsHelpDoesNotOfferTheStoreOption() {
        CliRunner.Result help = CliRunner.run("simulate", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--rate").doesNotContain("--db");
        CliRunner.Result withDb = CliRunner.run("simulate", "--db", "x.db", "--duration", "1");
        assertThat(withDb.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(withDb.err()).startsWith("lwos-bench: Unknown options: '--db'");
    }
}

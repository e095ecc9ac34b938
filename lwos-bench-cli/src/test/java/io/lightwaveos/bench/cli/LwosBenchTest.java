package io.lightwaveos.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LwosBenchTest {

    @Test
    void versionPrintsTheProjectVersionAndExitsZero() {
        CliRunner.Result r = CliRunner.run("--version");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).startsWith("lwos-bench 0.1.0-SNAPSHOT");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpListsTheGlobalOptionsAndExitCodes() {
        CliRunner.Result r = CliRunner.run("--help");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("--db=PATH", "--verbose", "--quiet", "--version", "Exit codes:");
    }

    @Test
    void unknownOptionIsAUsageErrorWithOneLineAndAPointerToHelp() {
        CliRunner.Result r = CliRunner.run("--frobnicate");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("lwos-bench: Unknown option: '--frobnicate'");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void generateCompletionPrintsABashScript() {
        CliRunner.Result r = CliRunner.run("generate-completion");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("complete -F", "lwos-bench");
    }
}

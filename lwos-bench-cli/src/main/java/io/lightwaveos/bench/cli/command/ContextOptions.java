package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.run.CiEnvironment;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.Vcs;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The run-context options of {@code collect} and {@code import} (SPEC §3). Explicit options win
 * over {@code LWOS_BENCH_RIG} and the CI's variables (commit, branch, pull request and its base
 * branch, the runner's name as the rig), which win over what the device says.
 */
public final class ContextOptions {

    /** The environment variable naming the rig when {@code --rig} is not given. */
    public static final String RIG_ENV = "LWOS_BENCH_RIG";

    @Option(names = "--rig", paramLabel = "NAME",
            description = "The test bench (default: $" + RIG_ENV + ", else the CI runner's name, RUNNER_NAME on GitHub"
                    + " and CI_RUNNER_DESCRIPTION on GitLab, else the device's host name).")
    String rig;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "Branch of the firmware measured (default: from the CI's environment).")
    String branch;

    @Option(names = "--commit", paramLabel = "ID",
            description = "Commit of the firmware measured (default: from the CI's environment).")
    String commit;

    @Option(names = "--pull-request", paramLabel = "N",
            description = "Number of the pull/merge request measured (default: from the CI's environment).")
    Long pullRequest;

    @Option(names = "--base-branch", paramLabel = "NAME",
            description = "Branch the pull/merge request goes into (default: from the CI's environment).")
    String baseBranch;

    @Option(names = "--firmware-version", paramLabel = "VERSION",
            description = "Firmware version, overriding what the device says.")
    String firmwareVersion;

    @Option(names = "--meta", paramLabel = "KEY=VALUE", description = "Free context, repeatable: --meta board=rev-b.")
    Map<String, String> meta = new LinkedHashMap<>();

    /**
     * The context these options give, over {@code LWOS_BENCH_RIG} and the CI's variables found in
     * {@code environment}.
     *
     * @throws ExitException usage error for a {@code --meta} with an empty key
     */
    public RunContext resolve(Map<String, String> environment) {
        RunContext explicit;
        try {
            if (pullRequest != null && pullRequest < 1) {
                throw ExitException.usage("--pull-request: expected a pull or merge request number of 1 or more, got "
                        + pullRequest);
            }
            explicit = new RunContext(rig, DeviceInfo.ofFirmware(firmwareVersion), null,
                    new Vcs(commit, branch, pullRequest, baseBranch), null, meta);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage("--meta: " + e.getMessage() + " (expected KEY=VALUE)");
        }
        RunContext fromEnvironment = RunContext.EMPTY.withRig(environment.get(RIG_ENV));
        return explicit.orElse(fromEnvironment).orElse(CiEnvironment.detect(environment));
    }
}

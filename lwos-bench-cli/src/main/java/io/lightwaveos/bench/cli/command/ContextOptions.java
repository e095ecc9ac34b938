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
 * over {@code LWOS_BENCH_RIG} and the CI's variables, which win over what the device says.
 */
public final class ContextOptions {

    /** The environment variable naming the rig when {@code --rig} is not given. */
    public static final String RIG_ENV = "LWOS_BENCH_RIG";

    @Option(names = "--rig", paramLabel = "NAME",
            description = "The test bench (default: $" + RIG_ENV + ", else the device's host name).")
    String rig;

    @Option(names = "--branch", paramLabel = "NAME",
            description = "Branch of the firmware measured (default: from the CI's environment).")
    String branch;

    @Option(names = "--commit", paramLabel = "ID",
            description = "Commit of the firmware measured (default: from the CI's environment).")
    String commit;

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
            explicit = new RunContext(rig, DeviceInfo.ofFirmware(firmwareVersion), null, new Vcs(commit, branch),
                    null, meta);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage("--meta: " + e.getMessage() + " (expected KEY=VALUE)");
        }
        RunContext fromEnvironment = RunContext.EMPTY.withRig(environment.get(RIG_ENV));
        return explicit.orElse(fromEnvironment).orElse(CiEnvironment.detect(environment));
    }
}

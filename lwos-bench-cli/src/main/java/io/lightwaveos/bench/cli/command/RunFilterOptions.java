package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.RunSelection;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which runs a command works on: the filters of {@code list-runs} and {@code export --all}. */
public final class RunFilterOptions {

    @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Only runs carrying every one of these tags.")
    List<String> tags = List.of();

    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only runs with one of these statuses: RUNNING, COMPLETE, INTERRUPTED, FAILED.")
    List<String> statuses = List.of();

    @Option(names = "--name", paramLabel = "TEXT", description = "Only runs whose name contains this text (case ignored).")
    String nameContains;

    @Option(names = "--rig", paramLabel = "NAME", description = "Only runs of this rig.")
    String rig;

    @Option(names = "--branch", paramLabel = "NAME", description = "Only runs of this branch.")
    String branch;

    @Option(names = "--firmware", paramLabel = "VERSION", description = "Only runs of this firmware version.")
    String firmware;

    @Option(names = "--workload", paramLabel = "EFFECT", description = "Only runs of this effect (workload) name.")
    String workload;

    /**
     * The filter these options describe, without a limit.
     *
     * @throws ExitException a usage error for an unknown status
     */
    RunSelection filter() {
        List<RunStatus> wanted = new ArrayList<>();
        for (String s : statuses) {
            try {
                wanted.add(RunStatus.parse(s));
            } catch (IllegalArgumentException e) {
                throw ExitException.usage("--status: " + e.getMessage());
            }
        }
        return RunSelection.ALL.withTags(tags).withStatuses(wanted).withNameContains(nameContains)
                .withRig(rig).withBranch(branch).withFirmware(firmware).withEffectName(workload);
    }

    /** Whether no filter was given. */
    boolean isEmpty() {
        return tags.isEmpty() && statuses.isEmpty() && nameContains == null && rig == null && branch == null
                && firmware == null && workload == null;
    }
}

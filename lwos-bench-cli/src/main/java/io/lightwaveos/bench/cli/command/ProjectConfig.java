package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.ci.config.CiConfig;
import io.lightwaveos.bench.ci.config.ConfigException;
import io.lightwaveos.bench.ci.config.ConfigReader;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.service.history.HistoryGateReport;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}: the project's {@code lwos-bench.yml} (SPEC §15 "Config"), which declares
 * measures' units, directions and warn/fail thresholds, read by {@code import} and {@code check}.
 * Without the option, {@code ./lwos-bench.yml} when present, else the defaults (nothing declared:
 * the commands behave as without a config).
 */
public final class ProjectConfig {

    @Option(names = "--config", paramLabel = "FILE",
            description = "The project config declaring measures' units, directions and warn/fail thresholds"
                    + " (default: " + ConfigReader.DEFAULT_FILE + " when present).")
    Path file;

    /** Whether {@code --config} was given. */
    boolean given() {
        return file != null;
    }

    /**
     * The config {@code --config} names, else {@code ./lwos-bench.yml} when present, else the defaults.
     *
     * @throws ExitException a usage error naming the key and line when the file is not a valid config
     */
    CiConfig read() {
        return read(file);
    }

    /** {@link #read()} for {@code file}, or for the default file when null. */
    static CiConfig read(Path file) {
        try {
            return file != null ? ConfigReader.read(file) : ConfigReader.readOrDefaults(Path.of(ConfigReader.DEFAULT_FILE));
        } catch (ConfigException e) {
            throw ExitException.usage(e.getMessage());
        }
    }

    /**
     * {@code report} with the metrics and measures {@code config} declares thresholds for decided by
     * them AND the statistics, as {@code ci} decides ({@link HistoryGateReport#decidedBy}).
     *
     * @throws ExitException a usage error naming the config line when a declared bound contradicts a direction
     */
    static HistoryGateReport decide(CiConfig config, HistoryGateReport report) {
        if (config.measures().isEmpty()) {
            return report;
        }
        try {
            return report.decidedBy(config::threshold, config::threshold);
        } catch (ConfigException e) {
            throw ExitException.usage(e.getMessage());
        }
    }
}

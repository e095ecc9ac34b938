package io.lightwaveos.bench.ci.config;

import io.lightwaveos.bench.formats.ReadResult;
import io.lightwaveos.bench.formats.regression.RegressionCheck;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Metric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The project's CI settings, {@code lwos-bench.yml} (SPEC §15 "Config"), read by {@link ConfigReader}
 * or {@link #defaults()} when there is no file. Holds names of environment variables, never
 * secrets.
 *
 * @param source          the file it was read from, or {@code (defaults)}
 * @param name            names the PR comment's marker and the commit status context ({@code lwos-bench/NAME})
 * @param trackedBranches pushes to these branches are gated against history and may notify
 * @param baselineRuns    a pull request's baseline: the last N base-branch runs at or before the merge base
 * @param confirmRigs     a regression fails only when the same commit regressed on this many rigs
 * @param measures        declared measures and thresholds, in file order, each key once
 * @param forge           the token variables of the forges
 * @param webhooks        the webhooks told about new change points ({@code notify:}), in file order
 */
public record CiConfig(String source, String name, List<String> trackedBranches, int baselineRuns, int confirmRigs,
        List<MeasureConfig> measures, ForgeSettings forge, List<NotifyTarget> webhooks) {

    /** The name without a config: {@value}. */
    public static final String DEFAULT_NAME = "lwos-bench";
    /** What {@link #source()} says without a file. */
    public static final String DEFAULTS_SOURCE = "(defaults)";
    /** The most runs {@code baseline_runs} may ask for. */
    public static final int MAX_BASELINE_RUNS = 1000;
    /** The most rigs {@code confirm_rigs} may ask for. */
    public static final int MAX_CONFIRM_RIGS = 100;

    /** A name: letters, digits, {@code .}, {@code _}, {@code -}; 1 to 64, starting with a letter or digit. */
    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final CiConfig DEFAULTS = new CiConfig(DEFAULTS_SOURCE, DEFAULT_NAME, List.of("main"), 10, 1,
            List.of(), ForgeSettings.DEFAULTS, List.of());

    /** Checks the rules the reader enforces, for configs made in code. */
    public CiConfig {
        Objects.requireNonNull(source, "source");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1 to 64 letters, digits, '.', '_' or '-', got " + name);
        }
        trackedBranches = List.copyOf(trackedBranches);
        if (baselineRuns < 1 || baselineRuns > MAX_BASELINE_RUNS) {
            throw new IllegalArgumentException("baseline_runs must be from 1 to " + MAX_BASELINE_RUNS + ", got " + baselineRuns);
        }
        if (confirmRigs < 1 || confirmRigs > MAX_CONFIRM_RIGS) {
            throw new IllegalArgumentException("confirm_rigs must be from 1 to " + MAX_CONFIRM_RIGS + ", got " + confirmRigs);
        }
        measures = List.copyOf(measures);
        Objects.requireNonNull(forge, "forge");
        webhooks = List.copyOf(webhooks);
    }

    /** The settings without a config file: name {@code lwos-bench}, tracked {@code [main]}, 10 baseline runs, 1 rig, GitHub token from {@code GITHUB_TOKEN}. */
    public static CiConfig defaults() {
        return DEFAULTS;
    }

    /** The hidden marker that finds this config's PR/MR comment again: {@code <!-- lwos-bench:NAME -->}. */
    public String marker() {
        return "<!-- lwos-bench:" + name + " -->";
    }

    /** The commit status context: {@code lwos-bench/NAME}. */
    public String statusContext() {
        return "lwos-bench/" + name;
    }

    /** Whether pushes to {@code branch} are gated against history and may notify. */
    public boolean tracks(String branch) {
        return branch != null && trackedBranches.contains(branch);
    }

    /**
     * The entry declaring {@code m}: one whose key gives {@code m}'s suite, else one with its bare name.
     */
    public Optional<MeasureConfig> measure(Measure m) {
        MeasureConfig bare = null;
        for (MeasureConfig c : measures) {
            if (c.matches(m)) {
                if (c.ref().suite() != null) {
                    return Optional.of(c);
                }
                bare = c;
            }
        }
        return Optional.ofNullable(bare);
    }

    /** The entry declaring the frame metric {@code metric}. */
    public Optional<MeasureConfig> metric(Metric metric) {
        return measures.stream().filter(c -> c.metric().orElse(null) == metric).findFirst();
    }

    /**
     * The declared thresholds of the frame metric {@code metric}, in its direction.
     *
     * @throws ConfigException naming the config line when a bound contradicts the direction
     */
    public Optional<Threshold> threshold(Metric metric) {
        return metric(metric).flatMap(c -> c.threshold(metric.direction()));
    }

    /**
     * The declared thresholds of {@code m}, in the declared direction, else the measure's own.
     *
     * @throws ConfigException naming the config line when no direction is known, or a bound
     *                         contradicts it
     */
    public Optional<Threshold> threshold(Measure m) {
        return measure(m).flatMap(c -> c.threshold(m.direction().orElse(null)));
    }

    /**
     * The thresholds of a CI gate against a LightwaveOS baseline file: the file's own
     * {@code _thresholds} (or, when it declares none, {@code detect_regressions.py}'s table, as the
     * script does), each replaced by this config's bounds for the same name where it declares some.
     *
     * @param baselineFile the baseline as read by the {@code lwos-json} format
     * @return thresholds by measure name, the file's first, then the config's others, in order
     * @throws ConfigException when a declared bound contradicts the measure's direction
     */
    public Map<String, Threshold> thresholdsOver(ReadResult baselineFile) {
        Map<String, Threshold> out = new LinkedHashMap<>(RegressionCheck.thresholdsOf(baselineFile.thresholds()));
        for (MeasureConfig c : measures) {
            if (!c.hasThreshold()) {
                continue;
            }
            Optional<Measure> inFile = baselineFile.measures().measures().stream().filter(c::matches).findFirst();
            Threshold before = out.get(c.ref().name());
            var measured = inFile.flatMap(Measure::direction)
                    .orElse(before == null ? null : before.direction());
            c.threshold(measured).ifPresent(t -> out.put(c.ref().name(), t));
        }
        return out;
    }
}

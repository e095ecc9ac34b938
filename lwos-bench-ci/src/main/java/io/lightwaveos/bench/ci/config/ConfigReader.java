package io.lightwaveos.bench.ci.config;

import com.fasterxml.jackson.core.JsonToken;
import io.lightwaveos.bench.ci.config.YamlTree.Entry;
import io.lightwaveos.bench.ci.config.YamlTree.Mapping;
import io.lightwaveos.bench.ci.config.YamlTree.Node;
import io.lightwaveos.bench.ci.config.YamlTree.Scalar;
import io.lightwaveos.bench.ci.config.YamlTree.Sequence;
import io.lightwaveos.bench.measure.MeasureNames;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.Threshold;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.text.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads {@code lwos-bench.yml} strictly (SPEC §15 "Config"): an unknown key, a value of the wrong
 * type or out of range, a duplicate key, or a secret where a variable name belongs is a
 * {@link ConfigException} naming the file, the line and the key; absent keys take the defaults of
 * {@link CiConfig#defaults()}. {@code key: ~} (null) counts as absent.
 *
 * <pre>
 * name: audio-pipeline          # comment marker and commit-status context (lwos-bench/audio-pipeline)
 * tracked_branches: [main]
 * baseline_runs: 10
 * confirm_rigs: 1
 * measures:
 *   avg_total_us: {warn: "+3%", fail: "+5%"}
 *   snr_db: {unit: dB, direction: higher, warn: "-5%", fail: "-10%"}
 * forge:
 *   github: {token_env: GITHUB_TOKEN}
 *   gitlab: {token_env: LWOS_BENCH_GITLAB_TOKEN}
 * notify:
 *   - webhook_env: LWOS_BENCH_SLACK_WEBHOOK     # format: slack (default) or json
 * </pre>
 */
public final class ConfigReader {

    /** The file {@code ci} reads when no {@code --config} is given: {@value}, at the repository root. */
    public static final String DEFAULT_FILE = "lwos-bench.yml";
    /** The largest config file read, in bytes. */
    public static final int MAX_BYTES = 256 * 1024;

    /** An environment variable's name. */
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");
    /** A branch name: no white space or control characters, at most 255 characters. */
    private static final Pattern BRANCH = Pattern.compile("[^\\s\\p{Cntrl}]{1,255}");

    private static final List<String> TOP = List.of("name", "tracked_branches", "baseline_runs", "confirm_rigs",
            "measures", "forge", "notify");
    private static final List<String> MEASURE = List.of("unit", "direction", "warn", "fail");
    private static final List<String> FORGE = List.of("github", "gitlab");
    private static final List<String> TOKEN = List.of("token_env");
    private static final List<String> NOTIFY = List.of("webhook_env", "format");

    private final String source;

    private ConfigReader(String source) {
        this.source = source;
    }

    /**
     * The config in {@code file}.
     *
     * @throws ConfigException when the file is missing, unreadable, larger than {@link #MAX_BYTES},
     *                         not UTF-8, or breaks a rule of the config
     */
    public static CiConfig read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw new ConfigException(name, 0, "no such file");
        } catch (IOException e) {
            throw new ConfigException(name, 0, "cannot read it: " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new ConfigException(name, 0, "larger than " + MAX_BYTES / 1024 + " KiB; a config is a few lines");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(name, 0, "expected UTF-8 text, found bytes that are not UTF-8");
        }
        return parse(text, name);
    }

    /**
     * The config in {@code file}, or {@link CiConfig#defaults()} when there is no such file (the
     * default {@link #DEFAULT_FILE} is optional; a file named with {@code --config} is read with
     * {@link #read}).
     *
     * @throws ConfigException when the file exists and cannot be used
     */
    public static CiConfig readOrDefaults(Path file) {
        return Files.exists(file) ? read(file) : CiConfig.defaults();
    }

    /**
     * The config in {@code text}.
     *
     * @param text   the YAML text
     * @param source the file name for messages
     * @throws ConfigException naming the line of the first problem
     */
    public static CiConfig parse(String text, String source) {
        return new ConfigReader(source).config(YamlTree.parse(text, source));
    }

    private CiConfig config(Node root) {
        Mapping top = mapping(root, "the top level");
        checkKeys(top, "the top level", TOP);
        CiConfig d = CiConfig.defaults();
        String name = d.name();
        Entry e = present(top, "name");
        if (e != null) {
            name = text(e, "name");
            if (!CiConfig.NAME.matcher(name).matches()) {
                throw error(e.value().line(), "name: expected 1 to 64 letters, digits, '.', '_' or '-' starting with a "
                        + "letter or digit (it names the comment marker and the status lwos-bench/NAME), got "
                        + ConfigText.describe(e.value()));
            }
        }
        List<String> tracked = d.trackedBranches();
        e = present(top, "tracked_branches");
        if (e != null) {
            tracked = branches(e);
        }
        int baselineRuns = d.baselineRuns();
        e = present(top, "baseline_runs");
        if (e != null) {
            baselineRuns = integer(e, "baseline_runs", 1, CiConfig.MAX_BASELINE_RUNS);
        }
        int confirmRigs = d.confirmRigs();
        e = present(top, "confirm_rigs");
        if (e != null) {
            confirmRigs = integer(e, "confirm_rigs", 1, CiConfig.MAX_CONFIRM_RIGS);
        }
        List<MeasureConfig> measures = List.of();
        e = present(top, "measures");
        if (e != null) {
            measures = measures(mapping(e.value(), "measures"));
        }
        ForgeSettings forge = d.forge();
        e = present(top, "forge");
        if (e != null) {
            forge = forge(mapping(e.value(), "forge"), forge);
        }
        List<NotifyTarget> notify = List.of();
        e = present(top, "notify");
        if (e != null) {
            notify = notify(e);
        }
        return new CiConfig(source, name, tracked, baselineRuns, confirmRigs, measures, forge, notify);
    }

    private List<String> branches(Entry e) {
        if (!(e.value() instanceof Sequence seq)) {
            throw error(e.value().line(), "tracked_branches: expected a list of branch names such as [main], got "
                    + ConfigText.describe(e.value()));
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (Node item : seq.items()) {
            String b = scalarText(item, "tracked_branches[" + out.size() + "]", "a branch name");
            if (!BRANCH.matcher(b).matches()) {
                throw error(item.line(), "tracked_branches: expected a branch name without spaces or control characters "
                        + "(at most 255 characters), got " + ConfigText.describe(item));
            }
            out.add(b);
        }
        return List.copyOf(out);
    }

    private List<MeasureConfig> measures(Mapping m) {
        List<MeasureConfig> out = new ArrayList<>();
        for (Entry e : m.entries().values()) {
            MeasureRef ref;
            try {
                ref = MeasureRef.parse(e.key());
            } catch (IllegalArgumentException ex) {
                throw error(e.line(), "measures: " + ConfigText.quoteKey(e.key()) + " is not a measure name: "
                        + ex.getMessage());
            }
            if (e.value() instanceof Scalar s && s.isNull()) {
                out.add(new MeasureConfig(ref, null, null, null, null, source, e.line()));
                continue;
            }
            String where = "measures." + ref;
            Mapping body = mapping(e.value(), where);
            checkKeys(body, where, MEASURE);
            String unit = null;
            Entry u = present(body, "unit");
            if (u != null) {
                unit = text(u, where + ".unit");
                try {
                    MeasureNames.checkUnit(unit);
                } catch (IllegalArgumentException ex) {
                    throw error(u.value().line(), where + ".unit: " + ex.getMessage());
                }
            }
            Direction direction = null;
            Entry dir = present(body, "direction");
            if (dir != null) {
                direction = direction(dir, where);
            }
            Entry w = present(body, "warn");
            Entry f = present(body, "fail");
            if ((w == null) != (f == null)) {
                throw error(e.line(), where + ": give both warn and fail, or neither (only "
                        + (w == null ? "fail" : "warn") + " is given)");
            }
            String warn = w == null ? null : percent(w, where + ".warn");
            String fail = f == null ? null : percent(f, where + ".fail");
            Metric metric = ref.suite() == null ? Metric.byId(ref.name()).orElse(null) : null;
            if (metric != null) {
                if (unit != null && !unit.equals(metric.unit())) {
                    throw error(u.value().line(), where + ".unit: " + metric.id() + " is a frame metric measured in "
                            + metric.unit() + ", not " + ConfigText.describe(u.value()) + "; leave unit out");
                }
                if (direction != null && direction != metric.direction()) {
                    throw error(dir.value().line(), where + ".direction: " + metric.id() + " is a frame metric that is "
                            + metric.direction().jsonName() + "; leave direction out");
                }
            }
            MeasureConfig c = new MeasureConfig(ref, unit, direction, warn, fail, source, e.line());
            if (c.directionOr(null).isPresent()) {
                c.threshold(null); // the bounds' signs and order, checked now that the direction is known
            } else if (c.hasThreshold()) {
                checkSignsAgree(c);
            }
            out.add(c);
        }
        return out;
    }

    /** Without a known direction, two signed bounds must at least point the same way. */
    private void checkSignsAgree(MeasureConfig c) {
        char w = c.warn().charAt(0);
        char f = c.fail().charAt(0);
        boolean bothSigned = (w == '+' || w == '-') && (f == '+' || f == '-');
        if (bothSigned && w != f && Threshold.parsePercent(c.warn()) != 0 && Threshold.parsePercent(c.fail()) != 0) {
            throw error(c.line(), "measures." + c.ref() + ": warn " + c.warn() + " and fail " + c.fail()
                    + " point opposite ways; both are changes in the bad direction");
        }
    }

    private Direction direction(Entry e, String where) {
        String t = text(e, where + ".direction").toLowerCase(Locale.ROOT);
        return switch (t) {
            case "lower", "lower_is_better" -> Direction.LOWER_IS_BETTER;
            case "higher", "higher_is_better" -> Direction.HIGHER_IS_BETTER;
            default -> throw error(e.value().line(), where + ".direction: expected lower or higher (or lower_is_better, "
                    + "higher_is_better), got " + ConfigText.describe(e.value()));
        };
    }

    private String percent(Entry e, String where) {
        if (!(e.value() instanceof Scalar s) || s.token() != JsonToken.VALUE_STRING) {
            throw error(e.value().line(), where + ": expected a percent such as \"+5%\", \"-5%\" or \"5%\", got "
                    + ConfigText.describe(e.value()));
        }
        try {
            Threshold.parsePercent(s.text());
        } catch (IllegalArgumentException ex) {
            throw error(s.line(), where + ": expected a percent such as \"+5%\", \"-5%\" or \"5%\", got "
                    + ConfigText.describe(s));
        }
        return s.text();
    }

    private ForgeSettings forge(Mapping m, ForgeSettings d) {
        checkKeys(m, "forge", FORGE);
        String github = d.githubTokenEnv();
        String gitlab = d.gitlabTokenEnv();
        Entry e = present(m, "github");
        if (e != null) {
            github = tokenEnv(mapping(e.value(), "forge.github"), "forge.github", github);
        }
        e = present(m, "gitlab");
        if (e != null) {
            gitlab = tokenEnv(mapping(e.value(), "forge.gitlab"), "forge.gitlab", gitlab);
        }
        return new ForgeSettings(github, gitlab);
    }

    private String tokenEnv(Mapping m, String where, String fallback) {
        checkKeys(m, where, TOKEN);
        Entry e = present(m, "token_env");
        return e == null ? fallback : envName(e, where + ".token_env");
    }

    private List<NotifyTarget> notify(Entry e) {
        if (!(e.value() instanceof Sequence seq)) {
            throw error(e.value().line(), "notify: expected a list such as \"- webhook_env: LWOS_BENCH_SLACK_WEBHOOK\", got "
                    + ConfigText.describe(e.value()));
        }
        List<NotifyTarget> out = new ArrayList<>();
        for (Node item : seq.items()) {
            String where = "notify[" + out.size() + "]";
            Mapping m = mapping(item, where);
            checkKeys(m, where, NOTIFY);
            Entry w = present(m, "webhook_env");
            if (w == null) {
                throw error(m.line(), where + ": webhook_env is required (the NAME of the variable holding the webhook URL)");
            }
            String env = envName(w, where + ".webhook_env");
            WebhookFormat format = WebhookFormat.SLACK;
            Entry f = present(m, "format");
            if (f != null) {
                String t = text(f, where + ".format");
                format = switch (t) {
                    case "slack" -> WebhookFormat.SLACK;
                    case "json" -> WebhookFormat.JSON;
                    default -> throw error(f.value().line(), where + ".format: expected slack or json, got "
                            + ConfigText.describe(f.value()));
                };
            }
            out.add(new NotifyTarget(env, format));
        }
        return out;
    }

    /** The NAME of an environment variable; never quotes a value that may be the secret itself. */
    private String envName(Entry e, String where) {
        if (e.value() instanceof Scalar s && s.token() == JsonToken.VALUE_STRING && ConfigText.looksSecret(s.text())) {
            String example = where.endsWith("webhook_env") ? "LWOS_BENCH_SLACK_WEBHOOK" : "GITHUB_TOKEN";
            throw error(s.line(), where + ": this looks like a secret itself (not shown); write the NAME of the "
                    + "environment variable that holds it (such as " + example + ") and let the CI set that variable "
                    + "from its secrets");
        }
        String name = text(e, where);
        if (!ENV_NAME.matcher(name).matches()) {
            throw error(e.value().line(), where + ": expected the name of an environment variable (letters, digits and _, "
                    + "not starting with a digit), got " + ConfigText.describe(e.value()));
        }
        return name;
    }

    private int integer(Entry e, String where, int min, int max) {
        if (!(e.value() instanceof Scalar s) || s.token() != JsonToken.VALUE_NUMBER_INT) {
            throw error(e.value().line(), where + ": expected a whole number from " + min + " to " + max + ", got "
                    + ConfigText.describe(e.value()));
        }
        long v;
        try {
            v = Long.parseLong(s.text().replace("_", ""));
        } catch (NumberFormatException ex) {
            v = Long.MAX_VALUE;
        }
        if (v < min || v > max) {
            throw error(s.line(), where + ": expected a whole number from " + min + " to " + max + ", got " + s.text());
        }
        return (int) v;
    }

    private String text(Entry e, String where) {
        return scalarText(e.value(), where, "a text");
    }

    private String scalarText(Node n, String where, String expected) {
        if (!(n instanceof Scalar s) || s.token() != JsonToken.VALUE_STRING) {
            throw error(n.line(), where + ": expected " + expected + ", got " + ConfigText.describe(n));
        }
        return s.text();
    }

    private Mapping mapping(Node n, String where) {
        if (!(n instanceof Mapping m)) {
            throw error(n.line(), where + ": expected a mapping of keys to values, got " + ConfigText.describe(n));
        }
        return m;
    }

    /** The entry of {@code key}, or null when absent or null. */
    private static Entry present(Mapping m, String key) {
        Entry e = m.entries().get(key);
        return e == null || (e.value() instanceof Scalar s && s.isNull()) ? null : e;
    }

    private void checkKeys(Mapping m, String where, List<String> known) {
        for (Entry e : m.entries().values()) {
            if (!known.contains(e.key())) {
                String hint = Suggestions.closest(e.key(), known)
                        .or(() -> known.stream().filter(k -> k.startsWith(e.key() + "_")).findFirst())
                        .map(s -> " (did you mean \"" + s + "\"?)").orElse("");
                throw error(e.line(), "unknown key " + ConfigText.quoteKey(e.key()) + " in " + where + hint
                        + "; known keys: " + String.join(", ", known));
            }
        }
    }

    private ConfigException error(int line, String detail) {
        return new ConfigException(source, line, detail);
    }
}

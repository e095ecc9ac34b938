package io.lightwaveos.bench.ci.config;

import io.lightwaveos.bench.json.StrictJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code lwos-bench ci --print-config}: the effective config as YAML that {@link ConfigReader} reads
 * back to the same settings, each default marked, and for each secret's variable whether it is set,
 * never its value:
 *
 * <pre>
 * # effective config from lwos-bench.yml (secrets are never shown)
 * name: audio-pipeline
 * tracked_branches: [main]
 * baseline_runs: 10  # default
 * confirm_rigs: 1  # default
 * measures:
 *   avg_total_us: {warn: "+3%", fail: "+5%"}
 * forge:
 *   github: {token_env: GITHUB_TOKEN}  # set (value hidden); API https://api.github.com
 *   gitlab: {token_env: LWOS_BENCH_GITLAB_TOKEN}  # default; not set
 * notify:
 *   - {webhook_env: LWOS_BENCH_SLACK_WEBHOOK, format: slack}  # set (value hidden)
 * </pre>
 */
public final class ConfigPrinter {

    /** Keys and words that YAML reads as plain text without quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*(?::[A-Za-z0-9_./-]+)?");

    private ConfigPrinter() {
    }

    /**
     * The effective config.
     *
     * @param config the config in effect
     * @param env    the environment, asked only whether the named variables are set (and for the API URLs)
     * @return YAML text ending with a newline
     */
    public static String print(CiConfig config, Map<String, String> env) {
        CiConfig d = CiConfig.defaults();
        StringBuilder out = new StringBuilder();
        out.append("# effective config ").append(config.source().equals(CiConfig.DEFAULTS_SOURCE)
                ? "(no config file: all defaults)" : "from " + comment(config.source()))
                .append(" (secrets are never shown)\n");
        line(out, "name: " + scalar(config.name()), config.name().equals(d.name()) ? "default" : null);
        List<String> branches = new ArrayList<>();
        config.trackedBranches().forEach(b -> branches.add(scalar(b)));
        line(out, "tracked_branches: [" + String.join(", ", branches) + "]",
                config.trackedBranches().equals(d.trackedBranches()) ? "default" : null);
        line(out, "baseline_runs: " + config.baselineRuns(), config.baselineRuns() == d.baselineRuns() ? "default" : null);
        line(out, "confirm_rigs: " + config.confirmRigs(), config.confirmRigs() == d.confirmRigs() ? "default" : null);
        if (config.measures().isEmpty()) {
            line(out, "measures: {}", "none declared: the gate's own thresholds");
        } else {
            out.append("measures:\n");
            for (MeasureConfig m : config.measures()) {
                List<String> parts = new ArrayList<>();
                if (m.unit() != null) {
                    parts.add("unit: " + scalar(m.unit()));
                }
                if (m.direction() != null) {
                    parts.add("direction: " + (m.direction().improvementSign() > 0 ? "higher" : "lower"));
                }
                if (m.hasThreshold()) {
                    parts.add("warn: " + quoted(m.warn()));
                    parts.add("fail: " + quoted(m.fail()));
                }
                out.append("  ").append(scalar(m.ref().toString())).append(": {").append(String.join(", ", parts))
                        .append("}\n");
            }
        }
        ForgeSettings f = config.forge();
        ForgeSettings df = ForgeSettings.DEFAULTS;
        out.append("forge:\n");
        line(out, "  github: {token_env: " + f.githubTokenEnv() + "}", join(
                f.githubTokenEnv().equals(df.githubTokenEnv()) ? "default" : null,
                setOrNot(env, f.githubTokenEnv()),
                "API " + comment(ForgeSettings.githubApiUrl(env))));
        line(out, "  gitlab: {token_env: " + f.gitlabTokenEnv() + "}", join(
                f.gitlabTokenEnv().equals(df.gitlabTokenEnv()) ? "default" : null,
                setOrNot(env, f.gitlabTokenEnv()),
                ForgeSettings.gitlabApiUrl(env).map(u -> "API " + comment(u)).orElse(null)));
        if (config.webhooks().isEmpty()) {
            line(out, "notify: []", "no webhooks");
        } else {
            out.append("notify:\n");
            for (NotifyTarget n : config.webhooks()) {
                line(out, "  - {webhook_env: " + n.webhookEnv() + ", format: " + n.format().configName() + "}",
                        setOrNot(env, n.webhookEnv()));
            }
        }
        return out.toString();
    }

    private static String setOrNot(Map<String, String> env, String variable) {
        return ForgeSettings.variable(env, variable).isPresent() ? "set (value hidden)" : "not set";
    }

    private static void line(StringBuilder out, String text, String comment) {
        out.append(text);
        if (comment != null) {
            out.append("  # ").append(comment);
        }
        out.append('\n');
    }

    private static String join(String... parts) {
        List<String> present = new ArrayList<>();
        for (String p : parts) {
            if (p != null) {
                present.add(p);
            }
        }
        return present.isEmpty() ? null : String.join("; ", present);
    }

    /** A word as YAML: plain when it reads back as the same text, else a double-quoted string. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !isYamlKeyword(text)) {
            return text;
        }
        return quoted(text);
    }

    private static String quoted(String text) {
        StringBuilder b = new StringBuilder();
        StrictJson.appendString(b, text);
        return b.toString();
    }

    /** Words YAML would read as something other than text. */
    private static boolean isYamlKeyword(String text) {
        return text.matches("(?i)true|false|yes|no|on|off|y|n|null|~") || text.matches("[-+]?[0-9][0-9_.eE+-]*");
    }

    /** Text safe inside a comment: one line, no control characters, no credentials in a URL. */
    private static String comment(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]", "?").replaceAll("://[^/@]*@", "://(credentials hidden)@");
    }
}

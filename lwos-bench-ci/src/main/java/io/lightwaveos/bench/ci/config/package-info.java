/**
 * {@code lwos-bench.yml}, the project's CI config (SPEC §15 "Config"), read strictly with Jackson's
 * YAML parser: an unknown key or a wrong type is a {@link io.lightwaveos.bench.ci.config.ConfigException}
 * naming the file, line and key; absent keys take defaults. The config holds names of environment
 * variables, never secrets; {@link io.lightwaveos.bench.ci.config.ConfigPrinter} shows the
 * effective config with each secret only as "set" or "not set".
 *
 * <pre>{@code
 * CiConfig config = ConfigReader.readOrDefaults(Path.of("lwos-bench.yml"));
 * config.statusContext();                        // "lwos-bench/audio-pipeline"
 * config.measure(measure).flatMap(c -> c.threshold(measure.direction().orElse(null)));
 * System.out.print(ConfigPrinter.print(config, System.getenv()));
 * }</pre>
 *
 * <p>A bad file, as the user sees it:
 * <pre>
 * lwos-bench.yml:3: unknown key "tracked_branch" in the top level (did you mean "tracked_branches"?); known keys: ...
 * lwos-bench.yml:5: baseline_runs: expected a whole number from 1 to 1000, got the text "ten"
 * </pre>
 */
package io.lightwaveos.bench.ci.config;

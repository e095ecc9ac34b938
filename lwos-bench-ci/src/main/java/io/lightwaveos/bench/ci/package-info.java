/**
 * The CI loop's outside world (SPEC §15): what the project asks for ({@code config}), what the CI
 * job is about ({@code event}), where reports go ({@code forge}: GitHub and GitLab REST, the job
 * summary, webhooks) and what a report says ({@code report}: the {@code lwos-bench/ci/v1}
 * document and its Markdown). {@link io.lightwaveos.bench.ci.CiPublisher} puts a report in all the
 * places at once.
 *
 * <p>Secrets (forge tokens, webhook URLs) come only from the environment, named by the config;
 * they are sent only to the configured host ({@code https://}, or {@code http://} to loopback),
 * and never appear in messages, {@code toString()}s, reports or the printed config. A forge that is
 * down or refuses a token yields a one-line message, never an exception: the verdict's exit code
 * is the decision's alone.
 */
package io.lightwaveos.bench.ci;

/**
 * Where reports go: a forge's REST API ({@link io.lightwaveos.bench.ci.forge.Forge}, opened by
 * {@link io.lightwaveos.bench.ci.forge.Forges#open} for GitHub or GitLab), GitHub's job summary
 * ({@link io.lightwaveos.bench.ci.forge.StepSummary}) and notification webhooks
 * ({@link io.lightwaveos.bench.ci.forge.WebhookSender}). The JDK's {@code HttpClient} with
 * timeouts, no redirects and exactly one retry on a 5xx answer or a failed connection; comment
 * bodies cut under the forge's limit ({@link io.lightwaveos.bench.ci.forge.BodyLimit}).
 *
 * <p>Every call returns a {@link io.lightwaveos.bench.ci.forge.ForgeResult}: a failure is a value
 * with one line for stderr, such as
 * <pre>
 * GitHub: cannot list the pull request comments: HTTP 401 (Bad credentials); the token in GITHUB_TOKEN was refused; check that secret
 * </pre>
 * Tokens travel only in the authentication header, webhook URLs only as the request's address, and
 * neither appears in a message or a {@code toString()}.
 */
package io.lightwaveos.bench.ci.forge;

/**
 * What a CI job is about, read from its environment variables as a map
 * ({@link io.lightwaveos.bench.ci.event.CiEvents#detect}): GitHub Actions or GitLab CI, a push or a
 * pull/merge request, the branches, the pull request number, the head and base commits, the
 * runner that names the rig. Pure functions of the map (and GitHub's event payload file), so they
 * are tested without touching the real environment.
 *
 * <pre>{@code
 * CiEvent e = CiEvents.detect(System.getenv());
 * e.mode();          // PULL_REQUEST
 * e.changeNumber();  // 12
 * e.baseBranch();    // "main"
 * e.describe();      // "pull request #12 (feature/fft → main) at 3f2c1a9, base 9b8a7c6"
 * }</pre>
 */
package io.lightwaveos.bench.ci.event;

/**
 * What one {@code lwos-bench ci} call concluded, {@link io.lightwaveos.bench.ci.report.CiReport}, and
 * its two renderings: the {@code lwos-bench/ci/v1} JSON document
 * ({@link io.lightwaveos.bench.ci.report.CiReportJson}) and the Markdown of the PR comment and job
 * summary ({@link io.lightwaveos.bench.ci.report.CiReportMarkdown}). Both are rendered from the one
 * report, so their numbers never disagree.
 */
package io.lightwaveos.bench.ci.report;

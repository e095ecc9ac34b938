/**
 * The one place that renders and parses the JSON documents of SPEC §6, shared by the CLI and the
 * web API so the two can never disagree: {@link io.lightwaveos.bench.service.json.RunJson}
 * ({@code lwos-bench/run/v2}), {@link io.lightwaveos.bench.service.json.SummaryJson},
 * {@link io.lightwaveos.bench.service.json.CompareJson} ({@code lwos-bench/compare/v1}),
 * {@link io.lightwaveos.bench.service.json.CheckJson} ({@code lwos-bench/check/v1}) and
 * {@link io.lightwaveos.bench.service.json.BaselineFile}. Keys are snake_case in the order SPEC
 * lists them; absent values are {@code null}, never NaN. {@link io.lightwaveos.bench.service.json.Json#pretty}
 * prints any of them.
 */
package io.lightwaveos.bench.service.json;

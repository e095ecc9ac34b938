/**
 * What the CLI and the dashboard share: {@link io.lightwaveos.bench.service.RunService} (run lookup,
 * summaries, comparisons, gates) and {@link io.lightwaveos.bench.service.ImportService}.
 */
package io.lightwaveos.bench.service;

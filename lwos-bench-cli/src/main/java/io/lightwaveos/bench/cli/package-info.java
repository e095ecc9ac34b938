/**
 * The {@code lwos-bench} command line: {@link io.lightwaveos.bench.cli.LwosBench} (the entry point),
 * exit codes and error handling. A front-end: it parses options, calls the services and renders.
 */
package io.lightwaveos.bench.cli;

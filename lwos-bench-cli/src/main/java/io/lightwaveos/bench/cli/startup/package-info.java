/**
 * What makes the command line start fast: {@link io.lightwaveos.bench.cli.startup.StartupFiles}
 * makes the class-data archive (from a {@code Training} run of every command) and the copy of
 * sqlite-jdbc's native library that the {@code ./lwos-bench} launcher starts the JVM with.
 */
package io.lightwaveos.bench.cli.startup;

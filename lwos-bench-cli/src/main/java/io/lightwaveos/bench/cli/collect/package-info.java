/**
 * The {@code collect} command's machinery: collecting into a new run of the store, progress reporting
 * and the Ctrl-C hook that stops a collection cleanly.
 */
package io.lightwaveos.bench.cli.collect;

/**
 * What both stores share, not API: the sample block format and its reader, the batching writer,
 * run-reference rules, context columns. Nothing here is covered by compatibility promises; use the
 * types of {@code io.lightwaveos.bench.store} instead.
 */
package io.lightwaveos.bench.store.internal;

/**
 * JMH benchmarks guarding the hot paths (decode, encode, summaries, comparisons, store, collector).
 */
package io.lightwaveos.bench.jmh;

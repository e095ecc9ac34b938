/**
 * Value types of a benchmark run shared by all modules: runs, samples, events, counters and statuses.
 */
package io.lightwaveos.bench.run;

/**
 * Run histories (SPEC §11): one per-run statistic of one metric over the runs of one rig and
 * workload, in start order, with the change points of that series; and the gate of a new run
 * against its recent history ({@code check --against-history}). Everything is read from the
 * statistics the store caches per run (and the 95 % intervals cached with them), never from the
 * samples.
 */
package io.lightwaveos.bench.service.history;

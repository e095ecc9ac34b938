/**
 * Import of the earlier Python tool's database into the run store.
 */
package io.lightwaveos.bench.store.legacy;

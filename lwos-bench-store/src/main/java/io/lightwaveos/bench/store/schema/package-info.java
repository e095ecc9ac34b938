/**
 * The store's schema and its numbered migrations, applied in order when a store is opened.
 */
package io.lightwaveos.bench.store.schema;

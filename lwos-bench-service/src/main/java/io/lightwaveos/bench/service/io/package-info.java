/**
 * Sample export and import: CSV, JSON and JSONL formats.
 */
package io.lightwaveos.bench.service.io;

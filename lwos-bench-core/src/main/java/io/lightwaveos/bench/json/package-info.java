/**
 * The project's one small strict JSON reader, JDK only, for the modules that keep no JSON library
 * (analysis reading baseline files, the store reading the run context it wrote).
 * {@link io.lightwaveos.bench.json.StrictJson#parseObject} reads RFC 8259 text into plain Java
 * values and fails with a {@link io.lightwaveos.bench.json.JsonFormatException} naming line and
 * column:
 * <pre>{@code
 * Map<String, Object> doc = StrictJson.parseObject("{\"avg_total_us\": 160, \"tags\": [\"a\"]}");
 * // {avg_total_us=160 (a Long), tags=[a]}
 * }</pre>
 */
package io.lightwaveos.bench.json;

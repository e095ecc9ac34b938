package io.lightwaveos.bench.analysis.gate;

import io.lightwaveos.bench.analysis.gate.BaselineFormatException.Reason;
import io.lightwaveos.bench.json.JsonFormatException;
import io.lightwaveos.bench.json.StrictJson;
import java.util.Map;

/**
 * Reads the JSON text of a baseline file with core's strict reader ({@link StrictJson}), so that
 * analysis reads baselines without a JSON library. Every problem is a
 * {@link BaselineFormatException} with reason {@code SYNTAX} naming line and column.
 */
final class BaselineJson {

    private BaselineJson() {
    }

    /** The document's top-level object. */
    static Map<String, Object> parseObject(String text) {
        try {
            return StrictJson.parseObject(text);
        } catch (JsonFormatException e) {
            throw new BaselineFormatException("", Reason.SYNTAX, e.reason() == JsonFormatException.Reason.SYNTAX
                    ? "expected a JSON object, found " + e.getMessage()
                    : e.getMessage());
        }
    }
}

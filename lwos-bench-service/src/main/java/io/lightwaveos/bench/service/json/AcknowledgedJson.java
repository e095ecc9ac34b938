package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.service.history.AcknowledgedChange;
import java.util.List;

/**
 * The document of {@code ack --list --format json}: {@code {"schema": "lwos-bench/acknowledged/v1",
 * "acknowledged": [{"run": {"id", "name", "started_at"}, "metric", "reason", "acknowledged_at"}]}},
 * oldest run first.
 */
public final class AcknowledgedJson {

    /** The schema name. */
    public static final String SCHEMA = "lwos-bench/acknowledged/v1";

    private AcknowledgedJson() {
    }

    /** The document of {@code acks}. */
    public static ObjectNode toJson(List<AcknowledgedChange> acks) {
        ObjectNode doc = Json.object();
        doc.put("schema", SCHEMA);
        ArrayNode items = doc.putArray("acknowledged");
        acks.forEach(a -> items.add(HistoryJson.acknowledgement(a)));
        return doc;
    }
}

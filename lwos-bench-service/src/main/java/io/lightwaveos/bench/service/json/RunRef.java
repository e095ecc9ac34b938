package io.lightwaveos.bench.service.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.run.Run;
import java.util.Objects;
import java.util.UUID;

/**
 * How compare and check documents name a run: {@code {"id", "name", "sample_count"}}.
 *
 * @param id          the run's UUID
 * @param name        the run's name
 * @param sampleCount samples stored
 */
public record RunRef(UUID id, String name, long sampleCount) {

    /** Checks that id and name are present. */
    public RunRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** The reference of a stored run. */
    public static RunRef of(Run run) {
        return new RunRef(run.id(), run.name(), run.sampleCount());
    }

    /** {@code {"id", "name", "sample_count"}}. */
    public ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.put("id", id.toString());
        node.put("name", name);
        node.put("sample_count", sampleCount);
        return node;
    }
}

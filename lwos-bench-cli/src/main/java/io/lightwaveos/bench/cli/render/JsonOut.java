package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.run.Run;
import java.util.List;

/** TEMPORARY until service.json lands on main. */
public final class JsonOut {
    private JsonOut() {
    }

    public static String runList(List<Run> runs) {
        throw new UnsupportedOperationException("json pending");
    }
}

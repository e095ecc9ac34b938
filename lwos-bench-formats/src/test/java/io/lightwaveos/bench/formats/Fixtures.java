package io.lightwaveos.bench.formats;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** The result files under {@code src/test/resources/formats/}, in each tool's real shape. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/formats/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test resource formats/" + name, e);
        }
    }

    static ReadResult read(ResultFormat format, String name) throws IOException {
        return format.read(path(name));
    }

    /** {@code text} read as {@code format} under the default limits, named {@code name} in messages. */
    static ReadResult text(ResultFormat format, String name, String text) {
        return format.read(SourceText.of(name, text, FormatLimits.DEFAULT), FormatLimits.DEFAULT);
    }
}

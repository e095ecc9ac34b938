package io.lightwaveos.bench.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The simulator's own version (the project's), reported as its firmware version by default. */
final class SimulatorVersion {

    /** The project version this simulator was built as ({@code 0.1.0-SNAPSHOT}). */
    static final String VERSION = read();

    private SimulatorVersion() {
    }

    private static String read() {
        try (InputStream in = SimulatorVersion.class.getResourceAsStream("simulator-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "");
            // Unfiltered (an IDE build without Maven's resource filtering): still a usable string.
            return v.isBlank() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

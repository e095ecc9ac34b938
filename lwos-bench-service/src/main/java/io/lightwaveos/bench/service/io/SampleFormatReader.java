package io.lightwaveos.bench.service.io;

import java.io.IOException;

/**
 * Reads one import format: every sample to the sink in file order, the first problem an
 * {@link ImportException} naming the line. One implementation per {@link SampleFormat}.
 */
interface SampleFormatReader {

    /**
     * Reads {@code in} to its end.
     *
     * @return the run description the file carries, or {@code null} if the format has none
     */
    ExportedRun read(BoundedTextReader in, SeqCheck sink) throws IOException;
}

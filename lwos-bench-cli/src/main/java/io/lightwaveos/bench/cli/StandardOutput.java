package io.lightwaveos.bench.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that tells a closed pipe (the reader went away, as {@code | head} does) from
 * other write failures: the first becomes a {@link ClosedPipeException}, which ends the command
 * quietly with exit 0 as {@code git} or {@code ls} do; a full disk still fails loudly.
 */
final class StandardOutput extends FilterOutputStream {

    StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw translate(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private static IOException translate(IOException e) {
        String m = e.getMessage();
        return m != null && m.contains("Broken pipe") ? new ClosedPipeException(e) : e;
    }
}

package io.lightwaveos.bench.cli;

import java.io.IOException;

/** Standard output is a pipe whose reader has gone: nothing more can be said, and nothing failed. */
public final class ClosedPipeException extends IOException {

    ClosedPipeException(IOException cause) {
        super("standard output was closed by its reader", cause);
    }

    /** Whether {@code t} or one of its causes is a closed pipe. */
    static boolean in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ClosedPipeException) {
                return true;
            }
        }
        return false;
    }
}

package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.Sample;
import java.util.function.Consumer;

/** Passes samples on, refusing seq numbers that do not increase: they would break the run's order. */
final class SeqCheck {

    private final Consumer<Sample> sink;
    private long last = -1;

    SeqCheck(Consumer<Sample> sink) {
        this.sink = sink;
    }

    /** Passes {@code s}, read at {@code line}, on. */
    void accept(long line, Sample s) {
        if (s.seq() <= last) {
            throw new ImportException(line, "seq must increase; got " + s.seq() + " after " + last);
        }
        last = s.seq();
        sink.accept(s);
    }
}

package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.run.Sample;
import java.util.function.Consumer;

/** Samples in seq order, pushed to a consumer (e.g. {@code action -> store.forEachSample(id, action)}). */
@FunctionalInterface
public interface SampleSource {
    /** Calls {@code action} once per sample, in seq order. */
    void forEach(Consumer<Sample> action);
}

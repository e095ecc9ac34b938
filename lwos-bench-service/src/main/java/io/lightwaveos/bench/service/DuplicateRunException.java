package io.lightwaveos.bench.service;

import io.lightwaveos.bench.run.Run;

/**
 * A sample file holds exactly the samples of a run the store already has (it was imported
 * before); nothing was stored. Import it anyway with {@code allowDuplicate}.
 */
public final class DuplicateRunException extends RuntimeException {

    private final transient Run existing;

    /** The import would duplicate {@code existing}. */
    public DuplicateRunException(Run existing) {
        super("the store already has these samples as run " + existing.id());
        this.existing = existing;
    }

    /** The run already holding the same samples. */
    public Run existing() {
        return existing;
    }
}

package io.lightwaveos.bench.service;

import io.lightwaveos.bench.service.io.ImportException;
import io.lightwaveos.bench.text.Printable;
import java.util.UUID;

/**
 * An archive holds a run whose id the store has already, with other content: importing it would
 * either lose one of the two or pretend they are the same, so the archive is refused (nothing is
 * stored) unless conflicts are skipped.
 */
public final class RunConflictException extends ImportException {

    private final UUID id;

    /**
     * @param line       the archive line holding the run
     * @param id         the run's id
     * @param name       the run's name in the archive
     * @param difference the first difference, in words
     */
    public RunConflictException(long line, UUID id, String name, String difference) {
        super(line, "run " + id + " (\"" + Printable.of(name) + "\") is in the store already with other content ("
                + difference + ")");
        this.id = id;
    }

    /** The conflicting run's id. */
    public UUID id() {
        return id;
    }
}

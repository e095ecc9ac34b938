package io.lightwaveos.bench.store;

import java.util.List;
import java.util.Objects;

/**
 * The one exception of the store layer. {@link #reason()} tells callers (CLI exit codes, HTTP
 * statuses) what kind of failure it was; the message says what was expected and what was found.
 *
 * <p>Unchecked, so that store calls compose with lambdas; every public store method documents the
 * reasons it can raise.
 */
public class StoreException extends RuntimeException {

    /** What kind of failure a {@link StoreException} reports. */
    public enum Reason {
        /** No run has that id or matches that reference. The message lists the candidates. */
        NOT_FOUND,
        /** A run reference matches more than one run. The message lists the candidates. */
        AMBIGUOUS,
        /** An argument breaks a rule (blank name, tag with a comma, unordered seq, ...); nothing was changed. */
        INVALID,
        /**
         * The operation clashes with the run's state: a live writer owns it, it is already
         * finished, a run with that id exists, the writer is closed.
         */
        CONFLICT,
        /** The database file was written by a newer schema than this version knows; it was not touched. */
        SCHEMA_TOO_NEW,
        /** The file is not a database of this tool (another SQLite file, or not SQLite at all); it was not touched. */
        NOT_A_STORE,
        /** The background writer failed earlier; samples appended since its last commit were not stored. */
        WRITER_FAILED,
        /** The calling thread was interrupted while waiting (for queue space, a flush, a lock). */
        INTERRUPTED,
        /** The database server cannot be reached (down, restarting, wrong host or port, network cut). */
        UNAVAILABLE,
        /** The database server refused the credentials or the user lacks a privilege; nothing was changed. */
        ACCESS_DENIED,
        /** SQLite or the file system failed (disk full, permission denied, database locked too long). */
        IO
    }

    private final Reason reason;
    private final List<String> candidates;

    /**
     * @param reason  what kind of failure
     * @param message what was expected and what was found
     */
    public StoreException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    /**
     * A NOT_FOUND or AMBIGUOUS failure of a run reference, with the runs the user may have meant.
     *
     * @param reason     what kind of failure
     * @param message    what was expected and what was found (listing the candidates)
     * @param candidates one {@code "<id>  <name>  <started_at>"} line per candidate run
     */
    public StoreException(Reason reason, String message, List<String> candidates) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.candidates = List.copyOf(candidates);
    }

    /**
     * @param reason  what kind of failure
     * @param message what was expected and what was found
     * @param cause   the underlying failure (an {@link java.sql.SQLException}, an I/O error)
     */
    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.candidates = List.of();
    }

    /**
     * For a run reference that named no run or several: the runs the user may have meant, one
     * {@code "<id>  <name>  <started_at>"} line each (at most 20); empty otherwise.
     */
    public List<String> candidates() {
        return candidates;
    }

    /** What kind of failure this is. */
    public Reason reason() {
        return reason;
    }
}

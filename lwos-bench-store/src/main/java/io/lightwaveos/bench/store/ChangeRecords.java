package io.lightwaveos.bench.store;

import io.lightwaveos.bench.store.StoreException.Reason;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a store remembers about changes of a metric's level across runs (SPEC §15), beside the runs
 * themselves: changes acknowledged as expected ({@code lwos-bench ack}), change points already
 * reported (each reported once, on the run that revealed it), and the channels a reported change was
 * sent to (each once). Every record belongs to a run and is deleted with it.
 *
 * <p>Metric and statistic are kept as the ids given (a measure's name works as well as a frame
 * metric's). Times are UTC, kept to the microsecond. Every method is thread-safe and may raise
 * {@link StoreException} {@link Reason#IO}; every write raises {@link Reason#CONFLICT} on a store
 * opened read-only.
 */
public interface ChangeRecords {

    /**
     * Acknowledges a change of {@code metric} at run {@code runId}, or replaces the reason and time of
     * the acknowledgement it has.
     *
     * @param reason why the change is expected; not blank
     * @param at     when (an import keeps the original time)
     * @return the acknowledgement as stored
     * @throws StoreException {@link Reason#NOT_FOUND} if there is no such run; {@link Reason#INVALID}
     *                        if the metric or reason is blank or holds a NUL character
     */
    Acknowledgement acknowledge(UUID runId, String metric, String reason, Instant at);

    /**
     * Removes the acknowledgement of {@code metric} at run {@code runId}.
     *
     * @return whether there was one
     */
    boolean removeAcknowledgement(UUID runId, String metric);

    /**
     * The acknowledgements of {@code metric} (of every metric when null), oldest run first (ties by
     * metric).
     */
    List<Acknowledgement> acknowledgements(String metric);

    /** The acknowledgements at run {@code runId}, by metric; empty when it has none or does not exist. */
    List<Acknowledgement> acknowledgementsOf(UUID runId);

    /**
     * Records that a change point was reported, unless a change with the same first run, metric and
     * statistic is recorded already (then nothing changes). Safe against two gates at once: exactly
     * one of them records it.
     *
     * @return true if it was recorded now, false if it was there already
     * @throws StoreException {@link Reason#NOT_FOUND} if its first run does not exist (a revealing run
     *                        that does not exist is recorded as null)
     */
    boolean recordChange(ReportedChange change);

    /** The recorded changes of {@code metric} and {@code stat}, oldest first run first. */
    List<ReportedChange> recordedChanges(String metric, String stat);

    /**
     * Claims the sending of a recorded change to {@code channel}: true for the one caller that
     * claims it first, false for every later one, so a change is sent at most once per channel. A
     * caller whose sending then fails gives the claim back with {@link #releaseNotification}.
     *
     * @param channel the channel's name (the configuration's name for a webhook, never its URL)
     * @param at      when
     * @throws StoreException {@link Reason#NOT_FOUND} if no such change is recorded;
     *                        {@link Reason#INVALID} if the channel is blank or holds a NUL character
     */
    boolean claimNotification(UUID firstRunId, String metric, String stat, String channel, Instant at);

    /** Gives a claim back (its sending failed), so that a later caller may send it; no-op without one. */
    void releaseNotification(UUID firstRunId, String metric, String stat, String channel);

    /** The channels a recorded change was claimed for, in name order; empty when none. */
    List<String> notifiedChannels(UUID firstRunId, String metric, String stat);
}

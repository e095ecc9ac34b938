package io.lightwaveos.bench.service.history;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.store.Acknowledgement;
import io.lightwaveos.bench.store.RunStore;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Acknowledged changes (SPEC §15, {@code lwos-bench ack}): a metric's or a measure's level moved at a run on
 * purpose. An acknowledgement belongs to its run: the history that run is part of (its rig,
 * workload and branch) starts anew at it for gates; runs of other rigs are acknowledged each at
 * their own run. It is deleted with its run, and exports, archives and {@code push} carry it.
 */
public final class Acknowledgements {

    /** The longest reason kept, in characters. */
    public static final int MAX_REASON_LENGTH = 1000;

    private final RunStore store;

    /** Acknowledgements in {@code store}; the caller keeps ownership of the store. */
    public Acknowledgements(RunStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Acknowledges a change of {@code subject} (a frame metric or a measure, {@code suite:name}) at
     * {@code run} (or replaces the reason of the one it has).
     *
     * @param reason why the change is expected: not blank, at most {@link #MAX_REASON_LENGTH}
     *               characters, no control characters but tab
     * @throws IllegalArgumentException saying what is wrong with the reason
     */
    public AcknowledgedChange acknowledge(Run run, MetricOrMeasure subject, String reason) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(subject, "subject");
        return of(store.acknowledge(run.id(), subject.id(), checkReason(reason), Instant.now()));
    }

    /** {@link #acknowledge(Run, MetricOrMeasure, String)} of a frame metric. */
    public AcknowledgedChange acknowledge(Run run, Metric metric, String reason) {
        return acknowledge(run, MetricOrMeasure.of(Objects.requireNonNull(metric, "metric")), reason);
    }

    /**
     * Removes the acknowledgement of {@code subject} (a frame metric or a measure) at {@code run}.
     *
     * @return whether there was one
     */
    public boolean remove(Run run, MetricOrMeasure subject) {
        return store.removeAcknowledgement(run.id(), subject.id());
    }

    /** {@link #remove(Run, MetricOrMeasure)} of a frame metric. */
    public boolean remove(Run run, Metric metric) {
        return remove(run, MetricOrMeasure.of(metric));
    }

    /** The acknowledgements of {@code subject} (of every metric and measure when null), oldest run first. */
    public List<AcknowledgedChange> list(MetricOrMeasure subject) {
        return ofSubject(subject == null ? null : subject.id());
    }

    /** The acknowledgements of the metric id or {@code suite:name} {@code subject} (all when null), oldest run first. */
    List<AcknowledgedChange> ofSubject(String subject) {
        return store.acknowledgements(subject).stream().map(Acknowledgements::of).toList();
    }

    /** The acknowledgements at run {@code runId}, by metric. */
    public List<AcknowledgedChange> of(UUID runId) {
        return store.acknowledgementsOf(runId).stream().map(Acknowledgements::of).toList();
    }

    /**
     * The reason as kept: stripped.
     *
     * @throws IllegalArgumentException if it is blank, too long, or holds a control character
     */
    public static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("--reason: say why the change is expected (a deliberate trade-off),"
                    + " got nothing");
        }
        String r = reason.strip();
        if (r.length() > MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("--reason: expected at most " + MAX_REASON_LENGTH + " characters, got "
                    + r.length());
        }
        for (int i = 0; i < r.length(); i++) {
            char ch = r.charAt(i);
            if (Character.isISOControl(ch) && ch != '\t') {
                throw new IllegalArgumentException("--reason: expected one line of text without control characters,"
                        + " found U+" + String.format("%04X", (int) ch) + " at character " + (i + 1));
            }
        }
        return r;
    }

    static AcknowledgedChange of(Acknowledgement a) {
        return new AcknowledgedChange(a.runId(), a.runName(), a.runStartedAt(), a.metric(), a.reason(),
                a.acknowledgedAt());
    }
}

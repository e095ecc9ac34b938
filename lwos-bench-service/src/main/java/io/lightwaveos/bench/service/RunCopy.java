package io.lightwaveos.bench.service;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.io.ExportedRun;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.StoredText;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Copies finished runs from one store to another (SPEC §12 {@code push}): each run keeps its id,
 * name, start and end times, context, counters, events, measures and samples bit-exact, and the changes
 * acknowledged at it (a run pushed again gets those acknowledged since); a run the target
 * already has is skipped, so copying twice changes nothing, also when two copies of the same runs
 * run at once. Each run is copied in one transaction
 * of the target, all or nothing; samples are read in pages, so memory does not grow with a run's
 * length.
 */
public final class RunCopy {

    /** Samples read from the source per page. */
    static final int PAGE = 4096;

    /** What happened to one run. */
    public enum Outcome {
        /** Copied now. */
        COPIED,
        /** The target has a run with this id already. */
        ALREADY_THERE,
        /** Still RUNNING in the source: copy it once it is finished. */
        STILL_RUNNING
    }

    /**
     * One run's outcome.
     *
     * @param run     the run as the source has it
     * @param outcome what happened
     */
    public record Entry(Run run, Outcome outcome) {
    }

    private final RunService from;
    private final RunService to;

    /** Copies from {@code from}'s store into {@code to}'s. */
    public RunCopy(RunService from, RunService to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /**
     * Copies {@code runs} (as the source lists them), oldest first, reporting each through
     * {@code progress} as it is done.
     *
     * @return one entry per run, in the order copied
     * @throws StoreException {@link StoreException.Reason#INVALID} naming the run and the field, before
     *                        anything is copied, when a run's text breaks the store's rule
     *                        ({@link StoredText}: no NUL character)
     */
    public List<Entry> copy(List<Run> runs, Consumer<Entry> progress) {
        List<Run> ordered = new ArrayList<>(runs);
        ordered.sort((a, b) -> a.startedAt().compareTo(b.startedAt()));
        for (Run run : ordered) {
            checkText(run);
        }
        List<Entry> out = new ArrayList<>();
        for (Run run : ordered) {
            Entry e = new Entry(run, copyOne(run));
            out.add(e);
            progress.accept(e);
        }
        return out;
    }

    /**
     * The target's rule for text ({@link StoredText}), checked for every run before the first is
     * copied: a source that took a NUL character (an older version did) must not leave half a push.
     */
    private void checkText(Run run) {
        if (run.status() == RunStatus.RUNNING || to.find(run.id()).isPresent()) {
            return;
        }
        try {
            StoredText.check(run, from.events(run.id()));
        } catch (StoreException e) {
            throw new StoreException(e.reason(), "cannot copy " + e.getMessage() + "; nothing was copied (copy the"
                    + " other runs by name)", e);
        }
    }

    private Outcome copyOne(Run run) {
        if (to.find(run.id()).isPresent()) {
            to.restoreAcknowledgements(run.id(), acknowledged(run)); // acknowledged since the last push
            return Outcome.ALREADY_THERE;
        }
        Run current = from.find(run.id()).orElse(run);
        if (current.status() == RunStatus.RUNNING) {
            return Outcome.STILL_RUNNING;
        }
        try {
            to.importRun(current, from.events(current.id()), new Pages(current), from.measures(current.id()));
            to.restoreAcknowledgements(current.id(), acknowledged(current));
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.CONFLICT && to.find(run.id()).isPresent()) {
                return Outcome.ALREADY_THERE; // another push stored it since we looked
            }
            throw e;
        }
        return Outcome.COPIED;
    }

    /** The changes the source acknowledged at {@code run}. */
    private List<ExportedRun.Ack> acknowledged(Run run) {
        return from.acknowledgements().of(run.id()).stream()
                .map(a -> new ExportedRun.Ack(a.metric(), a.reason(), a.acknowledgedAt())).toList();
    }

    /** The source run's samples, a page at a time. */
    private final class Pages implements Iterator<Sample> {
        private final Run run;
        private List<Sample> page = List.of();
        private int index;
        private long lastSeq = -1;
        private boolean done;

        Pages(Run run) {
            this.run = run;
        }

        @Override
        public boolean hasNext() {
            if (index < page.size()) {
                return true;
            }
            if (done) {
                return false;
            }
            page = from.samplesAfter(run.id(), lastSeq, PAGE);
            index = 0;
            done = page.size() < PAGE;
            return !page.isEmpty();
        }

        @Override
        public Sample next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Sample s = page.get(index++);
            lastSeq = s.seq();
            return s;
        }
    }
}

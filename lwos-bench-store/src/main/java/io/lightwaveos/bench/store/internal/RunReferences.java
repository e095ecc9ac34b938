package io.lightwaveos.bench.store.internal;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.text.Printable;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Resolves a run reference (SPEC §3): a full UUID; else an exact run name (the most recent run
 * with it); else a unique prefix of at least {@value #MIN_PREFIX} hex characters of the id.
 * A reference that is both a run's name and the start of another run's id is ambiguous: it
 * fails listing both, so {@code delete} never picks one silently (the full id always works).
 * The same rules for every store: a store only answers the four lookups of {@link Lookup}.
 */
public final class RunReferences {

    /** The queries reference resolution needs, run by a store in one read transaction. */
    public interface Lookup {
        /** The run with {@code id}, if there is one. */
        Optional<Run> find(UUID id) throws SQLException;

        /** Runs named exactly {@code name}, newest first. */
        List<Run> byName(String name) throws SQLException;

        /** Runs whose canonical id text starts with {@code lowerCasePrefix}, newest first. */
        List<Run> byIdPrefix(String lowerCasePrefix) throws SQLException;

        /** The newest {@code limit} runs. */
        List<Run> newest(int limit) throws SQLException;
    }

    /** The shortest id prefix accepted. */
    public static final int MIN_PREFIX = 4;
    /** How many candidates a NOT_FOUND or AMBIGUOUS message lists at most. */
    public static final int MAX_LISTED = 20;

    private static final Pattern FULL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A prefix of the canonical text form: hex digits, hyphens where the canonical form has them. */
    private static final Pattern ID_PREFIX = Pattern.compile(
            "[0-9a-f]{1,8}|[0-9a-f]{8}-[0-9a-f]{0,4}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{0,4}"
                    + "|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{0,4}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{0,12}");

    private RunReferences() {
    }

    /**
     * The run {@code reference} names.
     *
     * @throws StoreException NOT_FOUND or AMBIGUOUS listing candidates, INVALID for a blank reference
     */
    public static Run resolve(Lookup c, String reference) throws SQLException {
        String ref = reference == null ? "" : reference.strip();
        if (ref.isEmpty()) {
            throw new StoreException(Reason.INVALID,
                    "expected a run reference (a run id, an id prefix of at least 4 hex characters, or a run name),"
                            + " got an empty one");
        }
        if (FULL_UUID.matcher(ref).matches()) {
            Optional<Run> run = c.find(UUID.fromString(ref));
            if (run.isPresent()) {
                return run.get();
            }
        }
        List<Run> named = c.byName(ref);
        String lower = ref.toLowerCase(Locale.ROOT);
        boolean looksLikePrefix = ID_PREFIX.matcher(lower).matches();
        int hexDigits = lower.replace("-", "").length();
        List<Run> byPrefix = looksLikePrefix && hexDigits >= MIN_PREFIX ? c.byIdPrefix(lower) : List.of();
        if (!named.isEmpty()) {
            List<Run> others = byPrefix.stream().filter(r -> !r.id().equals(named.get(0).id())).toList();
            if (others.isEmpty()) {
                return named.get(0);
            }
            List<Run> all = new ArrayList<>();
            all.add(named.get(0));
            all.addAll(others);
            throw new StoreException(Reason.AMBIGUOUS, "run reference \"" + Printable.of(ref) + "\" is ambiguous: it is"
                    + " the name of run " + named.get(0).id() + " and the start of the id of " + others.size()
                    + " other run(s); give the full id:" + listing(all), candidates(all));
        }
        if (byPrefix.size() == 1) {
            return byPrefix.get(0);
        }
        if (byPrefix.size() > 1) {
            throw new StoreException(Reason.AMBIGUOUS, "run reference \"" + ref + "\" matches " + byPrefix.size()
                    + " runs; give more of the id:" + listing(byPrefix), candidates(byPrefix));
        }
        String why = looksLikePrefix && hexDigits < MIN_PREFIX
                ? " (an id prefix needs at least " + MIN_PREFIX + " hex characters)" : "";
        List<Run> recent = c.newest(MAX_LISTED);
        throw new StoreException(Reason.NOT_FOUND, "no run matches \"" + Printable.of(ref) + "\"" + why
                + ": expected a run id, an id prefix of at least " + MIN_PREFIX + " hex characters, or a run name. "
                + (recent.isEmpty() ? "The store has no runs." : "Recent runs:" + listing(recent)), candidates(recent));
    }

    /** How much of a name a candidate line shows. */
    private static final int MAX_NAME = 40;

    /**
     * One {@code id  name  started_at} line per run, at most {@link #MAX_LISTED}, in aligned
     * columns; names escaped and cut ({@link Printable}).
     */
    public static List<String> candidates(List<Run> runs) {
        List<Run> shown = runs.stream().limit(MAX_LISTED).toList();
        List<String> names = shown.stream().map(r -> Printable.truncate(r.name(), MAX_NAME)).toList();
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            Run r = shown.get(i);
            lines.add(r.id() + "  " + names.get(i) + " ".repeat(width - names.get(i).length()) + "  " + r.startedAt());
        }
        return lines;
    }

    /** The candidates as indented lines, for a message. */
    public static String listing(List<Run> runs) {
        StringBuilder sb = new StringBuilder();
        for (String line : candidates(runs)) {
            sb.append("\n  ").append(line);
        }
        if (runs.size() > MAX_LISTED) {
            sb.append("\n  ... and ").append(runs.size() - MAX_LISTED).append(" more");
        }
        return sb.toString();
    }
}

package io.lightwaveos.bench.store.schema;

import java.util.List;

/**
 * The tables of change records (SPEC §15), one migration on each engine, added to both schemas as
 * one step that touches no older table (so it can be renumbered freely):
 * <ul>
 *   <li>{@code acknowledged_changes}: an expected change of one metric at one run (a deliberate
 *       trade-off, {@code lwos-bench ack}), with its reason and when it was acknowledged; one per run
 *       and metric, deleted with the run.</li>
 *   <li>{@code reported_changes}: a change point that was reported once, keyed by the first run of its
 *       new level, the metric and the statistic; {@code revealed_by_run_key} is the run whose gate
 *       reported it (null once that run is deleted). {@code before_value}, {@code after_value} and
 *       {@code p_value} keep the change as it was reported (untyped in SQLite, so a double stays
 *       its 8 IEEE bytes, as in {@code run_stats}).</li>
 *   <li>{@code change_notifications}: that a reported change was sent to one channel (a webhook named
 *       by the configuration's name for it, never its URL), so it is sent once per channel.</li>
 * </ul>
 */
public final class ChangeRecordsSql {

    /** The migration's description. */
    public static final String DESCRIPTION = "acknowledged changes, reported change points, their notifications";

    /** The SQLite statements. */
    public static final List<String> SQLITE = List.of(
            """
            CREATE TABLE acknowledged_changes (
              run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
              metric TEXT NOT NULL,
              reason TEXT NOT NULL,
              acknowledged_at_us INTEGER NOT NULL,
              PRIMARY KEY (run_key, metric)
            ) WITHOUT ROWID""",
            "CREATE INDEX acknowledged_changes_by_metric ON acknowledged_changes (metric)",
            """
            CREATE TABLE reported_changes (
              run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
              metric TEXT NOT NULL,
              stat TEXT NOT NULL,
              revealed_by_run_key INTEGER REFERENCES runs (run_key) ON DELETE SET NULL,
              verdict TEXT NOT NULL CHECK (verdict IN ('regressed', 'improved')),
              before_value,
              after_value,
              p_value,
              reported_at_us INTEGER NOT NULL,
              PRIMARY KEY (run_key, metric, stat)
            ) WITHOUT ROWID""",
            "CREATE INDEX reported_changes_by_metric ON reported_changes (metric, stat)",
            "CREATE INDEX reported_changes_by_revealer ON reported_changes (revealed_by_run_key)",
            """
            CREATE TABLE change_notifications (
              run_key INTEGER NOT NULL,
              metric TEXT NOT NULL,
              stat TEXT NOT NULL,
              channel TEXT NOT NULL,
              sent_at_us INTEGER NOT NULL,
              PRIMARY KEY (run_key, metric, stat, channel),
              FOREIGN KEY (run_key, metric, stat) REFERENCES reported_changes (run_key, metric, stat) ON DELETE CASCADE
            ) WITHOUT ROWID""");

    /** The PostgreSQL statements (in the store's own schema). */
    public static final List<String> POSTGRES = List.of(
            """
            CREATE TABLE acknowledged_changes (
              run_key bigint NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
              metric text NOT NULL,
              reason text NOT NULL,
              acknowledged_at_us bigint NOT NULL,
              PRIMARY KEY (run_key, metric)
            )""",
            "CREATE INDEX acknowledged_changes_by_metric ON acknowledged_changes (metric)",
            """
            CREATE TABLE reported_changes (
              run_key bigint NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
              metric text NOT NULL,
              stat text NOT NULL,
              revealed_by_run_key bigint REFERENCES runs (run_key) ON DELETE SET NULL,
              verdict text NOT NULL CHECK (verdict IN ('regressed', 'improved')),
              before_value float8 NOT NULL,
              after_value float8 NOT NULL,
              p_value float8 NOT NULL,
              reported_at_us bigint NOT NULL,
              PRIMARY KEY (run_key, metric, stat)
            )""",
            "CREATE INDEX reported_changes_by_metric ON reported_changes (metric, stat)",
            "CREATE INDEX reported_changes_by_revealer ON reported_changes (revealed_by_run_key)",
            """
            CREATE TABLE change_notifications (
              run_key bigint NOT NULL,
              metric text NOT NULL,
              stat text NOT NULL,
              channel text NOT NULL,
              sent_at_us bigint NOT NULL,
              PRIMARY KEY (run_key, metric, stat, channel),
              FOREIGN KEY (run_key, metric, stat) REFERENCES reported_changes (run_key, metric, stat) ON DELETE CASCADE
            )""");

    private ChangeRecordsSql() {
    }
}

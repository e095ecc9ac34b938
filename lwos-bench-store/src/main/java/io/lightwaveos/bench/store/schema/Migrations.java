package io.lightwaveos.bench.store.schema;

import java.util.List;

/**
 * The schema of the run store, as the ordered list of migrations that build it. A database's
 * {@code PRAGMA user_version} is the version of the last migration applied to it; its
 * {@code PRAGMA application_id} is {@link SchemaMigrator#APPLICATION_ID}.
 *
 * <h2>Version 1</h2>
 * <ul>
 *   <li>{@code runs}: one row per run. {@code run_key} is a small integer key that every child row
 *       uses instead of the UUID text ({@code id}, canonical lower case). Times are integers,
 *       microseconds since the epoch, UTC ({@code started_at_us}, {@code ended_at_us}), so they sort
 *       and compare as numbers. {@code sample_count} is kept by the writer in the same transaction as
 *       the samples it counts. Counters are columns, malformed-frame counts by reason are rows of
 *       {@code run_malformed}.</li>
 *   <li>{@code run_tags}, {@code run_events}, {@code run_stats} (cached summary statistics),
 *       {@code run_device_results}: child rows, ordered by their {@code position}/{@code ord}
 *       column, deleted with their run ({@code ON DELETE CASCADE}, foreign keys are on for every
 *       connection). The {@code value} columns of statistics and device results have no declared
 *       type on purpose: REAL affinity would store {@code 2.0} as the integer 2 and turn
 *       {@code -0.0} into {@code 0.0}; without it a double is stored as its 8 IEEE bytes.</li>
 *   <li>{@code sample_blocks}: the samples, in blocks of up to
 *       256 consecutive samples of one run,
 *       unique on {@code (run_key, first_seq)}. {@code entries} holds, per sample in seq order, one
 *       byte with the frame length (32 or 64), the received time as a little-endian int32 offset in
 *       microseconds from the block's {@code first_received_us}, and the frame exactly as it came off
 *       the wire (magic included). The seq of the k-th entry is {@code first_seq + k}.</li>
 * </ul>
 *
 * <h2>Version 2</h2>
 * The run context and quality (SPEC §3) on {@code runs}: {@code rig}, {@code vcs_branch},
 * {@code vcs_commit}, {@code firmware} and {@code effect_name} are columns (indexed, for list and
 * history filters); the rest of the context is the JSON text {@code context_json}
 * ({@code ContextJson}). {@code quality} is {@code clean} or the reasons
 * joined by commas ({@code gaps,reboot}), as {@link io.lightwaveos.bench.run.RunQuality#toString()}
 * writes it; the store derives it from the run's counters, events and statistics whenever one of
 * them changes. Migrating a version-1 database fills both for the runs it has: the quality from
 * their counters, events and cached statistics, the firmware of runs that version 1 imported from
 * the Python tool from the event where it kept it.
 *
 * <h2>Version 3</h2>
 * Measures (SPEC §14): {@code run_measures}, one row per measure of a run, deleted with it:
 * {@code position} (saved order), {@code suite}, {@code name} (each {@code suite:name} once per
 * run), {@code unit}, {@code direction} ({@code lower_is_better}, {@code higher_is_better}, or
 * null for a measure that is reported and never gated) and {@code value_bytes}: the values in
 * measured order as little-endian IEEE 754 doubles, 8 bytes each ({@code MeasureValues}). Bytes
 * rather than a row per value with an untyped {@code value} column: just as bit-exact (no REAL
 * affinity to turn {@code -0.0} into {@code 0.0}), one row however many repeats a measure has (a
 * JMH result of 200 benchmarks with 50 iterations each is 200 rows, not 10,000), and the same
 * bytes in the PostgreSQL store. A rowid table, like {@code sample_blocks}: a measure with many
 * repeats is larger than a page. {@code run_measures_by_name} serves a measure's history across
 * runs. Runs of older versions hold no measures and read as before.
 *
 * <h2>Version 4</h2>
 * Change records (SPEC §15): {@code acknowledged_changes}, {@code reported_changes} and
 * {@code change_notifications}, as {@link ChangeRecordsSql} describes them. A migration of its own
 * with no change to older tables: runs read as before.
 *
 * <h2>Why blocks of raw frames</h2>
 * A row per sample cannot meet the targets through JDBC. Measured on the 2-core machine with 1M
 * compact samples: a {@code WITHOUT ROWID} table keyed {@code (run_key, seq)} with one column per
 * field (float bits as INTEGER) took 66.5 bytes per sample, inserted about 210,000 samples/s and
 * read one metric in 520 to 830 ms; the same with the frame as one BLOB column took 57.7 bytes,
 * 270,000 samples/s and 800 to 1,250 ms. Nearly all of that is JDBC's per-row and per-column cost.
 * Blocks cut the per-sample JDBC work to a few array reads: a compact sample takes 37 bytes plus its
 * share of the block row, 37.5 bytes per sample in all (BENCHMARKS.md has the measured insert rate
 * and column-read time). Storing the frame itself keeps every field bit-exact (floats are never
 * converted), leaves the extended part absent for compact frames, and lets readers go through
 * core's {@code FrameView} and the metric registry, so the store never lists the fields again. The
 * cost: samples cannot be queried field by field in SQL, which no part of the tool needs. A partly
 * filled block is rewritten on each commit until it is full: at most one block (about 9 KiB) of WAL
 * per commit.
 *
 * <p>The table is a rowid table, not {@code WITHOUT ROWID}: a block is larger than a page, and a
 * rowid table keeps the remainder of a large value in the leaf page so that its overflow pages are
 * full, where a {@code WITHOUT ROWID} (index) b-tree left the last overflow page of every block
 * mostly empty (50.3 bytes per sample instead of 37.5).
 */
public final class Migrations {

    /** Every migration, in version order; the last one's version is the current schema version. */
    public static final List<Migration> ALL = List.of(
            new Migration(1, "runs, tags, events, counters, cached statistics, sample blocks", List.of(
                    "PRAGMA application_id = " + SchemaMigrator.APPLICATION_ID,
                    """
                    CREATE TABLE runs (
                      run_key INTEGER PRIMARY KEY,
                      id TEXT NOT NULL UNIQUE,
                      name TEXT NOT NULL,
                      description TEXT NOT NULL DEFAULT '',
                      source TEXT NOT NULL DEFAULT '',
                      started_at_us INTEGER NOT NULL,
                      ended_at_us INTEGER,
                      status TEXT NOT NULL CHECK (status IN ('RUNNING', 'COMPLETE', 'INTERRUPTED', 'FAILED')),
                      sample_count INTEGER NOT NULL DEFAULT 0,
                      frames_foreign INTEGER NOT NULL DEFAULT 0,
                      gaps INTEGER NOT NULL DEFAULT 0,
                      frames_lost_estimate INTEGER NOT NULL DEFAULT 0,
                      reconnects INTEGER NOT NULL DEFAULT 0,
                      reboots INTEGER NOT NULL DEFAULT 0
                    )""",
                    "CREATE INDEX runs_by_start ON runs (started_at_us, run_key)",
                    "CREATE INDEX runs_by_name ON runs (name, started_at_us)",
                    "CREATE INDEX runs_by_status ON runs (status)",
                    """
                    CREATE TABLE run_tags (
                      run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      tag TEXT NOT NULL,
                      PRIMARY KEY (run_key, position),
                      UNIQUE (run_key, tag)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX run_tags_by_tag ON run_tags (tag)",
                    """
                    CREATE TABLE run_malformed (
                      run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      reason TEXT NOT NULL,
                      count INTEGER NOT NULL,
                      PRIMARY KEY (run_key, reason)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE run_events (
                      run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      ord INTEGER NOT NULL,
                      at_us INTEGER NOT NULL,
                      type TEXT NOT NULL,
                      detail TEXT NOT NULL DEFAULT '',
                      PRIMARY KEY (run_key, ord)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE run_stats (
                      run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      metric TEXT NOT NULL,
                      stat TEXT NOT NULL,
                      position INTEGER NOT NULL,
                      value,
                      PRIMARY KEY (run_key, metric, stat)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE run_device_results (
                      run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      name TEXT NOT NULL,
                      position INTEGER NOT NULL,
                      value,
                      PRIMARY KEY (run_key, name)
                    ) WITHOUT ROWID""",
                    """
                    CREATE TABLE sample_blocks (
                      block_id INTEGER PRIMARY KEY,
                      run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      first_seq INTEGER NOT NULL,
                      sample_count INTEGER NOT NULL,
                      first_received_us INTEGER NOT NULL,
                      entries BLOB NOT NULL,
                      UNIQUE (run_key, first_seq)
                    )""")),
            new Migration(2, "run context (rig, device, workload, commit, CI) and run quality", List.of(
                    "ALTER TABLE runs ADD COLUMN rig TEXT",
                    "ALTER TABLE runs ADD COLUMN vcs_branch TEXT",
                    "ALTER TABLE runs ADD COLUMN vcs_commit TEXT",
                    "ALTER TABLE runs ADD COLUMN firmware TEXT",
                    "ALTER TABLE runs ADD COLUMN effect_name TEXT",
                    "ALTER TABLE runs ADD COLUMN context_json TEXT NOT NULL DEFAULT '{}'",
                    "ALTER TABLE runs ADD COLUMN quality TEXT NOT NULL DEFAULT 'clean'",
                    "CREATE INDEX runs_by_rig ON runs (rig, started_at_us)",
                    "CREATE INDEX runs_by_branch ON runs (vcs_branch, started_at_us)",
                    "CREATE INDEX runs_by_commit ON runs (vcs_commit)",
                    "CREATE INDEX runs_by_firmware ON runs (firmware, started_at_us)",
                    "CREATE INDEX runs_by_effect ON runs (effect_name, started_at_us)",
                    LegacyFirmware.FROM_IMPORT_EVENT,
                    QualitySql.ASSESS_EXISTING_RUNS)),
            new Migration(3, "measures beside the frame samples", List.of(
                    """
                    CREATE TABLE run_measures (
                      run_key INTEGER NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      suite TEXT NOT NULL,
                      name TEXT NOT NULL,
                      unit TEXT NOT NULL,
                      direction TEXT CHECK (direction IN ('lower_is_better', 'higher_is_better')),
                      value_bytes BLOB NOT NULL,
                      UNIQUE (run_key, position),
                      UNIQUE (run_key, suite, name)
                    )""",
                    "CREATE INDEX run_measures_by_name ON run_measures (name, suite)")),
            new Migration(4, ChangeRecordsSql.DESCRIPTION, ChangeRecordsSql.SQLITE));

    private Migrations() {
    }

    /** The schema version this code writes: the last migration's version. */
    public static int currentVersion() {
        return ALL.get(ALL.size() - 1).version();
    }
}

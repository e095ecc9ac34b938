package io.lightwaveos.bench.store.postgres;

import io.lightwaveos.bench.store.schema.ChangeRecordsSql;
import io.lightwaveos.bench.store.schema.Migration;
import java.util.List;

/**
 * The schema of a team store on PostgreSQL, as the ordered list of migrations that build it, all
 * inside the store's own PostgreSQL schema (see {@link PostgresUrl#schema()}). Its version lives in
 * {@code store_schema} (one row); {@link PostgresSchema} applies what is missing, one migration per
 * transaction, and refuses a newer schema without changing anything.
 *
 * <h2>Version 1</h2>
 * <ul>
 *   <li>{@code runs}: one row per run with everything the catalog shows, so that listing runs is
 *       one query: tags, malformed counts by reason, device results and cached statistics are
 *       arrays in order (parallel arrays of names and {@code float8} values, which keep every double
 *       bit-exact, where JSON would not). Times are {@code bigint} microseconds since the epoch, UTC,
 *       as in the SQLite store. {@code lease_owner}/{@code lease_expires_at} say which store
 *       instance writes a RUNNING run and until when its heartbeat vouches for it (server time,
 *       so clocks of the writing machines do not matter); {@code last_received_us} is the received
 *       time of its last committed sample, the end time of a run whose lease ran out. The run
 *       context (SPEC §3) is kept as in the SQLite store: the fields runs are selected by (rig,
 *       branch, commit, firmware, effect name) as indexed columns, the whole context as JSON text
 *       ({@code ContextJson}); {@code quality} is derived by the store as in SQLite.</li>
 *   <li>{@code run_events}: ordered by {@code ord}, deleted with their run.</li>
 *   <li>{@code sample_blocks}: the same blocks as the SQLite store (up to 256 consecutive samples,
 *       each frame exactly as it came off the wire, see {@code SampleBlock}), keyed
 *       {@code (run_key, first_seq)}. A block is one row of a few KiB: inserting 200,000 samples a
 *       second is under a thousand rows a second, and a column of a 1M-sample run is 4,000 rows.
 *       {@code entries} is stored uncompressed ({@code STORAGE EXTERNAL}): frames compress
 *       poorly, and decompressing every block would cost more than the bytes saved.</li>
 * </ul>
 *
 * <h2>Version 2</h2>
 * Measures (SPEC §14), as in the SQLite store's version 3: {@code run_measures}, one row per
 * measure of a run, deleted with it, each {@code suite:name} once per run, its values in measured
 * order as little-endian IEEE 754 doubles in {@code value_bytes} (the same bytes as in SQLite, so
 * one code path writes and reads both; bit-exact, one row however many repeats).
 * {@code run_measures_by_name} serves a measure's history across runs.
 *
 * <h2>Version 3</h2>
 * Change records (SPEC §15): acknowledged changes, reported change points and their notifications,
 * the same tables as the SQLite store's ({@link ChangeRecordsSql}).
 */
final class PostgresMigrations {

    /** Every migration, in version order. */
    static final List<Migration> ALL = List.of(
            new Migration(1, "runs with context and quality, events, sample blocks, leases", List.of(
                    """
                    CREATE TABLE runs (
                      run_key bigserial PRIMARY KEY,
                      id uuid NOT NULL UNIQUE,
                      name text NOT NULL,
                      description text NOT NULL DEFAULT '',
                      source text NOT NULL DEFAULT '',
                      started_at_us bigint NOT NULL,
                      ended_at_us bigint,
                      status text NOT NULL CHECK (status IN ('RUNNING', 'COMPLETE', 'INTERRUPTED', 'FAILED')),
                      sample_count bigint NOT NULL DEFAULT 0,
                      last_received_us bigint,
                      tags text[] NOT NULL DEFAULT '{}',
                      frames_foreign bigint NOT NULL DEFAULT 0,
                      malformed_reasons text[] NOT NULL DEFAULT '{}',
                      malformed_counts bigint[] NOT NULL DEFAULT '{}',
                      gaps bigint NOT NULL DEFAULT 0,
                      frames_lost_estimate bigint NOT NULL DEFAULT 0,
                      reconnects bigint NOT NULL DEFAULT 0,
                      reboots bigint NOT NULL DEFAULT 0,
                      device_result_names text[] NOT NULL DEFAULT '{}',
                      device_result_values float8[] NOT NULL DEFAULT '{}',
                      stat_metrics text[] NOT NULL DEFAULT '{}',
                      stat_names text[] NOT NULL DEFAULT '{}',
                      stat_values float8[] NOT NULL DEFAULT '{}',
                      rig text,
                      vcs_branch text,
                      vcs_commit text,
                      firmware text,
                      effect_name text,
                      context_json text NOT NULL DEFAULT '{}',
                      quality text NOT NULL DEFAULT 'clean',
                      lease_owner uuid,
                      lease_expires_at timestamptz
                    )""",
                    "CREATE INDEX runs_by_rig ON runs (rig, started_at_us)",
                    "CREATE INDEX runs_by_branch ON runs (vcs_branch, started_at_us)",
                    "CREATE INDEX runs_by_commit ON runs (vcs_commit)",
                    "CREATE INDEX runs_by_firmware ON runs (firmware, started_at_us)",
                    "CREATE INDEX runs_by_effect ON runs (effect_name, started_at_us)",
                    "CREATE INDEX runs_by_start ON runs (started_at_us DESC, run_key DESC)",
                    "CREATE INDEX runs_by_name ON runs (name, started_at_us DESC)",
                    "CREATE INDEX runs_running ON runs (status) WHERE status = 'RUNNING'",
                    "CREATE INDEX runs_by_tag ON runs USING gin (tags)",
                    """
                    CREATE TABLE run_events (
                      run_key bigint NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      ord integer NOT NULL,
                      at_us bigint NOT NULL,
                      type text NOT NULL,
                      detail text NOT NULL DEFAULT '',
                      PRIMARY KEY (run_key, ord)
                    )""",
                    """
                    CREATE TABLE sample_blocks (
                      run_key bigint NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      first_seq bigint NOT NULL,
                      sample_count integer NOT NULL,
                      first_received_us bigint NOT NULL,
                      entries bytea NOT NULL,
                      PRIMARY KEY (run_key, first_seq)
                    )""",
                    "ALTER TABLE sample_blocks ALTER COLUMN entries SET STORAGE EXTERNAL")),
            new Migration(2, "measures beside the frame samples", List.of(
                    """
                    CREATE TABLE run_measures (
                      run_key bigint NOT NULL REFERENCES runs (run_key) ON DELETE CASCADE,
                      position integer NOT NULL,
                      suite text NOT NULL,
                      name text NOT NULL,
                      unit text NOT NULL,
                      direction text CHECK (direction IN ('lower_is_better', 'higher_is_better')),
                      value_bytes bytea NOT NULL,
                      PRIMARY KEY (run_key, position),
                      UNIQUE (run_key, suite, name)
                    )""",
                    "CREATE INDEX run_measures_by_name ON run_measures (name, suite)")),
            new Migration(3, ChangeRecordsSql.DESCRIPTION, ChangeRecordsSql.POSTGRES));

    private PostgresMigrations() {
    }
}

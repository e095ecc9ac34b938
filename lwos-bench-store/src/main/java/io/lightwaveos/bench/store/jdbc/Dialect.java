package io.lightwaveos.bench.store.jdbc;

import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStats;
import io.lightwaveos.bench.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * What truly differs between the engines in a run's own rows, for {@link RunRows} and
 * {@link JdbcRunStore}: how an id is bound and read, a few SQL functions, how tags, malformed
 * counts, statistics and device results are kept (child tables in SQLite, arrays in the run's row
 * in PostgreSQL), and how the row records who writes the run. Samples are the same blocks in both
 * ({@link io.lightwaveos.bench.store.internal.SampleBlockTable}: {@code setBytes}/{@code getBytes}
 * serve an SQLite BLOB and a PostgreSQL {@code bytea} alike, so blocks never cross this line).
 * Every method works inside the caller's transaction on {@code c}; SQL fragments are over the
 * table {@code runs} aliased {@code r}.
 */
public interface Dialect {

    /**
     * A run id as a statement parameter ({@code setObject}): text in SQLite, {@code uuid} in PostgreSQL.
     *
     * @param id the run id
     * @return the value to bind
     */
    Object idValue(UUID id);

    /**
     * Reads a run id column.
     *
     * @param rs     a result positioned on a row
     * @param column the 1-based column
     * @return the id
     * @throws SQLException on a driver failure
     */
    UUID readId(ResultSet rs, int column) throws SQLException;

    /**
     * The select list {@link #readRuns} reads, over {@code runs r}.
     *
     * @return SQL
     */
    String runColumns();

    /**
     * The status readers see, as an SQL expression (PostgreSQL shows a RUNNING run whose lease ran
     * out as INTERRUPTED).
     *
     * @return SQL
     */
    String shownStatus();

    /**
     * A condition with two parameters, prefix length and lower-case prefix, true for runs whose id
     * text starts with the prefix.
     *
     * @return SQL
     */
    String idPrefixEquals();

    /**
     * A condition with one parameter, true for runs whose name contains it, ignoring case.
     *
     * @return SQL
     */
    String nameContains();

    /**
     * A condition true for runs that have no cached statistics.
     *
     * @return SQL
     */
    String hasNoStats();

    /**
     * Appends a condition true for runs carrying all of {@code tags}.
     *
     * @param c    the transaction's connection (to make arrays)
     * @param tags the tags, not empty
     * @param sql  the statement so far
     * @param args its arguments so far
     * @throws SQLException on a driver failure
     */
    void whereTags(Connection c, Set<String> tags, StringBuilder sql, List<Object> args) throws SQLException;

    /**
     * Inserts a run's row and tags; {@link RunRows#insert} writes the rest.
     *
     * @param c       the transaction's connection
     * @param run     the run
     * @param written whether this store writes it from now on (a created run) or not (an import)
     * @return its integer run_key
     * @throws SQLException on a driver failure
     */
    long insertRun(Connection c, Run run, boolean written) throws SQLException;

    /**
     * Reads the runs of a result over {@link #runColumns}, in its order.
     *
     * @param c  the transaction's connection (for their child rows)
     * @param rs the result, before its first row
     * @return the runs
     * @throws SQLException on a driver failure
     */
    List<Run> readRuns(Connection c, ResultSet rs) throws SQLException;

    /**
     * Replaces the run's malformed-frame counts.
     *
     * @param c         the transaction's connection
     * @param key       the run_key
     * @param malformed count by reason
     * @throws SQLException on a driver failure
     */
    void writeMalformed(Connection c, long key, Map<RejectReason, Long> malformed) throws SQLException;

    /**
     * Replaces the run's cached statistics.
     *
     * @param c     the transaction's connection
     * @param key   the run_key
     * @param stats metric id → statistic → value (null allowed)
     * @throws SQLException on a driver failure
     */
    void writeStats(Connection c, long key, Map<String, Map<String, Double>> stats) throws SQLException;

    /**
     * Replaces the run's device results.
     *
     * @param c       the transaction's connection
     * @param key     the run_key
     * @param results name → value (null allowed)
     * @throws SQLException on a driver failure
     */
    void writeDeviceResults(Connection c, long key, Map<String, Double> results) throws SQLException;

    /**
     * The cached statistics {@link io.lightwaveos.bench.run.RunQuality#assess} looks at (the
     * effective sample size of the frame time), empty if the run has none.
     *
     * @param c   the transaction's connection
     * @param key the run_key
     * @return metric id → statistic → value
     * @throws SQLException on a driver failure
     */
    Map<String, Map<String, Double>> qualityStats(Connection c, long key) throws SQLException;

    /**
     * Runs matching {@code filter}, newest first, with the cached statistics of each metric: the
     * runs are read once, whatever the number of metrics.
     *
     * @param c         the transaction's connection
     * @param rows      the shared rows (conditions, reading an entry)
     * @param filter    the filter
     * @param metricIds the metrics, at least one, no repeats
     * @param statNames the statistics to read; empty reads every one
     * @return for each metric, in the order given, one entry per run
     * @throws SQLException on a driver failure
     */
    Map<String, List<RunStats>> metricStats(Connection c, RunRows rows, RunFilter filter, List<String> metricIds,
            Set<String> statNames) throws SQLException;

    /**
     * Sets status and end time if the run is RUNNING and no live writer but this store holds it.
     *
     * @param c       the transaction's connection
     * @param key     the run_key
     * @param status  the final status
     * @param endedUs the end time, µs since the epoch
     * @return whether the run was finished
     * @throws SQLException on a driver failure
     */
    boolean finish(Connection c, long key, RunStatus status, long endedUs) throws SQLException;

    /**
     * Deletes the run and all it owns unless a live writer holds it.
     *
     * @param c  the transaction's connection
     * @param id the run id
     * @return whether a run was deleted
     * @throws SQLException on a driver failure
     */
    boolean delete(Connection c, UUID id) throws SQLException;

    /**
     * Makes this store the writer of a RUNNING run (where the row records the writer).
     *
     * @param c   the transaction's connection
     * @param key the run_key
     * @return the run's stored sample count; empty if it is not RUNNING or another live writer
     *         holds it
     * @throws SQLException on a driver failure
     */
    OptionalLong takeWriter(Connection c, long key) throws SQLException;

    /**
     * Records the samples an import stored.
     *
     * @param c              the transaction's connection
     * @param key            the run_key
     * @param count          how many samples the run has
     * @param lastReceivedUs the last one's receive time (µs), null if there are none
     * @throws SQLException on a driver failure
     */
    void samplesImported(Connection c, long key, long count, Long lastReceivedUs) throws SQLException;

    /**
     * Records samples a writer just stored, in the transaction that stored them.
     *
     * @param c              the transaction's connection
     * @param key            the run_key
     * @param added          how many samples the commit added
     * @param newCount       the run's count with them
     * @param lastReceivedUs the last one's receive time (µs)
     * @return false if this store no longer writes the run (the commit is then rolled back)
     * @throws SQLException on a driver failure
     */
    boolean samplesCommitted(Connection c, long key, long added, long newCount, long lastReceivedUs)
            throws SQLException;

    /**
     * Whether a failed write failed because the run's id was stored meanwhile by another process.
     *
     * @param e the failure
     * @return true for a unique-key violation
     */
    boolean isUniqueViolation(StoreException e);
}

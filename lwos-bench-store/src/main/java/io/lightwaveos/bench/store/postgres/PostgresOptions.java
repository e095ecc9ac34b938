package io.lightwaveos.bench.store.postgres;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.time.Duration;

/**
 * How a team store behaves towards its server and other writers.
 *
 * @param lease          how long a RUNNING run stays alive without a heartbeat from its writer;
 *                       after that every reader sees it INTERRUPTED
 * @param heartbeat      how often a writer renews its leases; well under {@code lease}
 * @param retryFor       how long a write keeps retrying while the server is unreachable (a
 *                       restart), before it fails
 * @param connectTimeout how long to wait for a connection
 * @param poolSize       connections in the pool, 2 or more
 */
public record PostgresOptions(Duration lease, Duration heartbeat, Duration retryFor, Duration connectTimeout,
        int poolSize) {

    /** Lease 15 s renewed every 3 s; writes retried for 60 s; 10 s to connect; 6 connections. */
    public static final PostgresOptions DEFAULT = new PostgresOptions(Duration.ofSeconds(15), Duration.ofSeconds(3),
            Duration.ofSeconds(60), Duration.ofSeconds(10), 6);

    /**
     * @throws StoreException {@link Reason#INVALID} naming the rule a value breaks
     */
    public PostgresOptions {
        if (lease.toMillis() < 1000 || heartbeat.toMillis() < 100 || heartbeat.compareTo(lease.dividedBy(2)) > 0) {
            throw new StoreException(Reason.INVALID, "expected a lease of 1 s or more and a heartbeat of 100 ms to half"
                    + " the lease, got lease " + lease + " and heartbeat " + heartbeat);
        }
        if (retryFor.isNegative() || connectTimeout.toMillis() < 250 || poolSize < 2) {
            throw new StoreException(Reason.INVALID, "expected retryFor >= 0, connectTimeout >= 250 ms and poolSize >= 2,"
                    + " got " + retryFor + ", " + connectTimeout + ", " + poolSize);
        }
    }

    /** These options with another lease and heartbeat. */
    public PostgresOptions withLease(Duration newLease, Duration newHeartbeat) {
        return new PostgresOptions(newLease, newHeartbeat, retryFor, connectTimeout, poolSize);
    }

    /** These options with another retry window. */
    public PostgresOptions withRetryFor(Duration newRetryFor) {
        return new PostgresOptions(lease, heartbeat, newRetryFor, connectTimeout, poolSize);
    }
}

package io.lightwaveos.bench.store.postgres;

import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.store.StoreException;
import io.lightwaveos.bench.store.jdbc.RunRows;
import io.lightwaveos.bench.store.jdbc.WriterOwnership;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The writer of a team-store run is the store whose lease is in the run's row. There are no file
 * locks across machines: a store instance has a random owner id; creating a run (or taking over an
 * orphan) writes that id and a lease expiry into the row ({@link PostgresDialect}), and a heartbeat
 * thread renews the leases of the runs this instance owns every {@link PostgresOptions#heartbeat()}.
 * If the writer dies, its lease runs out after {@link PostgresOptions#lease()}, and from then on
 * every reader, on any machine, sees the run as INTERRUPTED ({@link #recover} makes that
 * permanent). Lease times are the server's clock, so the machines' clocks do not matter.
 */
final class LeaseOwnership implements WriterOwnership {

    private final PostgresDatabase db;
    private final RunRows rows;
    private final UUID owner;
    private final double leaseSeconds;
    private final ScheduledExecutorService heartbeat;
    /** Claims handed out and not released. */
    private final AtomicInteger claims = new AtomicInteger();

    LeaseOwnership(PostgresDatabase db, RunRows rows, UUID owner, PostgresOptions options) {
        this.db = db;
        this.rows = rows;
        this.owner = owner;
        this.leaseSeconds = options.lease().toMillis() / 1000.0;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lwos-bench-lease-" + owner.toString().substring(0, 8));
            t.setDaemon(true);
            return t;
        });
        long ms = options.heartbeat().toMillis();
        heartbeat.scheduleWithFixedDelay(this::renewLeases, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Always granted here: the lease itself is taken, conditionally, in the run's row. */
    @Override
    public Claim claim(UUID runId) {
        claims.incrementAndGet();
        return finished -> claims.decrementAndGet();
    }

    @Override
    public boolean isAlive(UUID runId) {
        return db.read("check the writer of run " + runId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM runs WHERE id = ? AND status = 'RUNNING' AND lease_expires_at >= now()")) {
                ps.setObject(1, runId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** One statement marks every run whose lease ran out, ended at its last committed sample. */
    @Override
    public List<Run> recover() {
        return db.write("mark runs with expired leases INTERRUPTED", c -> {
            Map<UUID, Long> keys = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET status = 'INTERRUPTED',"
                    + " ended_at_us = coalesce(last_received_us, (extract(epoch FROM now()) * 1000000)::bigint),"
                    + " lease_owner = NULL, lease_expires_at = NULL"
                    + " WHERE status = 'RUNNING' AND lease_expires_at < now() RETURNING id, run_key");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
            List<Run> recovered = new ArrayList<>();
            for (Map.Entry<UUID, Long> run : keys.entrySet()) {
                rows.refreshQuality(c, run.getValue());
                rows.find(c, run.getKey()).ifPresent(recovered::add);
            }
            return recovered;
        });
    }

    /** Ends this store's leases at once: like a process that dies, without making readers wait. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        if (claims.get() > 0) {
            try {
                db.write("end the leases of this store", c -> {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET lease_expires_at = now()"
                            + " - interval '1 millisecond' WHERE lease_owner = ? AND status = 'RUNNING'")) {
                        ps.setObject(1, owner);
                        return ps.executeUpdate();
                    }
                });
            } catch (StoreException e) {
                // The server is gone: the leases run out by themselves.
            }
            claims.set(0);
        }
    }

    private void renewLeases() {
        if (claims.get() <= 0) {
            return;
        }
        try {
            db.write("renew the leases of this store", c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET lease_expires_at = "
                        + PostgresDialect.LEASE_FROM_NOW + " WHERE lease_owner = ? AND status = 'RUNNING'")) {
                    ps.setDouble(1, leaseSeconds);
                    ps.setObject(2, owner);
                    return ps.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            // The next beat tries again; a writer that cannot reach the server fails on its own.
        }
    }
}

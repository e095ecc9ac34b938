package io.lightwaveos.bench.store.schema;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;

/**
 * {@link RunQuality#assess} in SQL, for the runs a database already has when migration 2 adds the
 * {@code quality} column (new writes go through {@code RunQuality.assess} itself). Built from the
 * same constants, so the two cannot drift apart. Version 1 had no workload events, so
 * {@link QualityReason#MIXED_WORKLOAD} cannot arise here.
 */
final class QualitySql {

    /** Sets {@code quality} of every run. */
    static final String ASSESS_EXISTING_RUNS = "UPDATE runs SET quality = coalesce(nullif(rtrim("
            + reason(QualityReason.GAPS, "gaps > 0")
            + " || " + reason(QualityReason.REBOOT, "reboots > 0")
            + " || " + reason(QualityReason.RECONNECTS, "reconnects > 0")
            + " || " + reason(QualityReason.STATS_RESET, "EXISTS (SELECT 1 FROM run_events e"
                    + " WHERE e.run_key = runs.run_key AND e.type = '" + EventType.STATS_RESET.jsonName() + "')")
            + " || " + reason(QualityReason.SHORT, "status <> '" + RunStatus.RUNNING.name() + "'"
                    + " AND coalesce((SELECT s.value FROM run_stats s WHERE s.run_key = runs.run_key"
                    + " AND s.metric = '" + Metric.AVG_TOTAL_US.id() + "' AND s.stat = '" + RunQuality.N_EFF_STAT
                    + "'), 0) < " + RunQuality.MIN_N_EFF)
            + ", ','), ''), '" + RunQuality.CLEAN + "')";

    private QualitySql() {
    }

    private static String reason(QualityReason reason, String condition) {
        return "(CASE WHEN " + condition + " THEN '" + reason.jsonName() + ",' ELSE '' END)";
    }
}

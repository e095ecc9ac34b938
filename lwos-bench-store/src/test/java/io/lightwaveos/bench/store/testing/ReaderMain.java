package io.lightwaveos.bench.store.testing;

import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.store.MetricColumn;
import io.lightwaveos.bench.store.RunFilter;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.util.UUID;

/**
 * Child process for concurrency tests: lists runs and reads a run's column over and over until the
 * run is no longer RUNNING. Prints {@code READ <sample count> <column size>} per round and
 * {@code DONE <rounds>} at the end; exits 1 on any inconsistency or error.
 */
public final class ReaderMain {

    private ReaderMain() {
    }

    public static void main(String[] args) {
        UUID id = UUID.fromString(args[1]);
        try (RunStore store = RunStores.open(args[0])) {
            long lastSize = 0;
            int rounds = 0;
            while (true) {
                boolean listed = store.listRuns(RunFilter.ALL).stream().anyMatch(r -> r.id().equals(id));
                Run run = store.run(id);
                MetricColumn column = store.column(id, Metric.AVG_TOTAL_US);
                if (!listed || column.size() < lastSize) {
                    System.out.println("BAD listed=" + listed + " size=" + column.size() + " after " + lastSize);
                    System.exit(1);
                }
                lastSize = column.size();
                rounds++;
                System.out.println("READ " + run.sampleCount() + " " + column.size());
                System.out.flush();
                if (run.status() != RunStatus.RUNNING) {
                    System.out.println("DONE " + rounds);
                    return;
                }
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}

package io.lightwaveos.bench.cli.render;

import io.lightwaveos.bench.analysis.render.Format;
import io.lightwaveos.bench.analysis.render.TextTable;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.service.history.AcknowledgedChange;
import io.lightwaveos.bench.text.Printable;
import java.util.List;

/** {@code ack}: the table of acknowledged changes and where a run's history is. */
public final class AcknowledgedText {

    private AcknowledgedText() {
    }

    /** One row per acknowledged change, oldest run first. */
    public static TextTable table(List<AcknowledgedChange> acks) {
        TextTable t = new TextTable().left("run").left("name").left("started").left("metric").left("acknowledged")
                .left("reason");
        for (AcknowledgedChange a : acks) {
            t.row(Format.shortId(a.runId()), Printable.truncate(a.runName(), 60), Format.time(a.runStartedAt()),
                    a.metric(), Format.time(a.acknowledgedAt()), Printable.of(a.reason()));
        }
        return t;
    }

    /** {@code rig bench-1, branch main, workload Ripple}: the history a run's acknowledgement applies to. */
    public static String where(Run run) {
        return "rig " + ContextText.orNone(run.context().rig()) + ", branch "
                + ContextText.orNone(run.context().vcs().branch()) + ", workload "
                + ContextText.orNone(run.context().workload().effectName());
    }
}

package io.lightwaveos.bench.ci.report;

import io.lightwaveos.bench.analysis.compare.Verdict;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.event.CiMode;
import io.lightwaveos.bench.ci.event.ForgeKind;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.service.json.RunRef;
import java.util.List;
import java.util.UUID;

/** Reports for tests: a pull request that fails on one measure, warns on another, passes the rest. */
public final class Reports {

    public static final String HEAD = "3f2c1a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39";
    public static final String BASE = "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b";
    public static final UUID RUN = UUID.fromString("1b2c3d4e-0000-4000-8000-000000000001");
    public static final UUID BASE_1 = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001");
    public static final UUID BASE_2 = UUID.fromString("aaaaaaaa-0000-4000-8000-000000000002");

    private Reports() {
    }

    /** Pull request #12 from feature/fft into main on rig bench-1. */
    public static CiEvent pullRequest(ForgeKind forge) {
        return new CiEvent(forge, CiMode.PULL_REQUEST, "feature/fft", "main", 12L, HEAD, BASE, "lightwave/firmware",
                "bench-1", "https://github.com/lightwave/firmware/actions/runs/77", List.of());
    }

    /** Fails on avg_total_us (+10 %, regressed), warns on snr_db, passes cpu_load_percent and sample_rate_hz. */
    public static CiReport failing(CiEvent event) {
        return CiReport.of("audio-pipeline", run(), event,
                new CiReport.Baseline(CiReport.Baseline.Kind.MERGE_BASE, List.of(BASE_1, BASE_2), BASE, "main", null),
                List.of(
                        new CiReport.MeasureRow("avg_total_us", "µs", Direction.LOWER_IS_BETTER, 160.0, 176.0, 0.1,
                                Verdict.REGRESSED, GateStatus.FAIL, "beyond fail +5% and regressed"),
                        new CiReport.MeasureRow("cpu_load_percent", "%", Direction.LOWER_IS_BETTER, 35.0, 35.2,
                                0.2 / 35.0, Verdict.EQUIVALENT, GateStatus.PASS, null),
                        new CiReport.MeasureRow("native:snr_db", "dB", Direction.HIGHER_IS_BETTER, 45.2, 42.5,
                                (42.5 - 45.2) / 45.2, null, GateStatus.WARN, "beyond warn -5%"),
                        new CiReport.MeasureRow("native:sample_rate_hz", "Hz", null, 44100.0, 44100.0, 0.0, null,
                                GateStatus.PASS, "not gated")),
                List.of("2 of the 10 baseline runs asked for exist at or before the merge base"));
    }

    /** The same pull request with every measure passing. */
    public static CiReport passing(CiEvent event) {
        return CiReport.of("audio-pipeline", run(), event,
                new CiReport.Baseline(CiReport.Baseline.Kind.MERGE_BASE, List.of(BASE_1, BASE_2), BASE, "main", null),
                List.of(new CiReport.MeasureRow("avg_total_us", "µs", Direction.LOWER_IS_BETTER, 160.0, 160.5,
                        0.5 / 160.0, Verdict.EQUIVALENT, GateStatus.PASS, null)),
                List.of());
    }

    static CiReport.RunInfo run() {
        return new CiReport.RunInfo(new RunRef(RUN, "pr-12-bench-1", 20_000), "bench-1", "feature/fft", HEAD);
    }
}

package io.lightwaveos.bench.ci.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.ci.event.CiEvent;
import io.lightwaveos.bench.ci.event.ForgeKind;
import io.lightwaveos.bench.ci.forge.CommitState;
import io.lightwaveos.bench.ci.forge.ForgeResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class CiReportJsonTest {

    @Test
    void theDocumentHasEveryFieldOfTheSchemaInOrder() {
        CiReport r = Reports.failing(Reports.pullRequest(ForgeKind.GITHUB))
                .withPosted(new CiReport.Posted(ForgeResult.Outcome.UPDATED, CommitState.FAILURE, true, 0));

        assertThat(CiReportJson.render(r)).isEqualTo("""
                {
                  "schema": "lwos-bench/ci/v1",
                  "name": "audio-pipeline",
                  "run": {
                    "id": "1b2c3d4e-0000-4000-8000-000000000001",
                    "name": "pr-12-bench-1",
                    "sample_count": 20000,
                    "rig": "bench-1",
                    "branch": "feature/fft",
                    "commit": "3f2c1a9d8e7b6a5f4e3d2c1b0a9f8e7d6c5b4a39"
                  },
                  "mode": "pull_request",
                  "pull_request": {
                    "number": 12,
                    "base_branch": "main",
                    "base_commit": "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b"
                  },
                  "baseline": {
                    "kind": "merge_base",
                    "runs": [
                      "aaaaaaaa-0000-4000-8000-000000000001",
                      "aaaaaaaa-0000-4000-8000-000000000002"
                    ],
                    "merge_base": "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b",
                    "branch": "main",
                    "file": null
                  },
                  "measures": [
                    {
                      "name": "avg_total_us",
                      "unit": "µs",
                      "direction": "lower_is_better",
                      "baseline": 160.0,
                      "current": 176.0,
                      "relative_change": 0.1,
                      "verdict": "regressed",
                      "decision": "fail",
                      "reason": "beyond fail +5% and regressed"
                    },
                    {
                      "name": "cpu_load_percent",
                      "unit": "%",
                      "direction": "lower_is_better",
                      "baseline": 35.0,
                      "current": 35.2,
                      "relative_change": 0.005714285714285714,
                      "verdict": "equivalent",
                      "decision": "pass",
                      "reason": null
                    },
                    {
                      "name": "native:snr_db",
                      "unit": "dB",
                      "direction": "higher_is_better",
                      "baseline": 45.2,
                      "current": 42.5,
                      "relative_change": -0.05973451327433634,
                      "verdict": null,
                      "decision": "warn",
                      "reason": "beyond warn -5%"
                    },
                    {
                      "name": "native:sample_rate_hz",
                      "unit": "Hz",
                      "direction": null,
                      "baseline": 44100.0,
                      "current": 44100.0,
                      "relative_change": 0.0,
                      "verdict": null,
                      "decision": "pass",
                      "reason": "not gated"
                    }
                  ],
                  "decision": "fail",
                  "notes": [
                    "2 of the 10 baseline runs asked for exist at or before the merge base"
                  ],
                  "posted": {
                    "comment": "updated",
                    "status": "failure",
                    "summary": true,
                    "notified": 0
                  }
                }
                """);
    }

    @Test
    void aPushWithoutBaselineHasNullsWhereNothingIsKnown() {
        CiEvent push = new CiEvent(ForgeKind.NONE, io.lightwaveos.bench.ci.event.CiMode.PUSH, null, null, null, null,
                null, null, null, null, List.of());
        CiReport r = CiReport.of("x", new CiReport.RunInfo(Reports.run().ref(), null, null, null), push,
                CiReport.Baseline.NONE, List.of(new CiReport.MeasureRow("avg_total_us", "µs", null, null, 150.0,
                        Double.NaN, null, GateStatus.PASS, "no baseline")), List.of("no baseline: first run"));

        String json = CiReportJson.render(r);

        assertThat(json).contains("\"mode\": \"push\",\n  \"pull_request\": null,")
                .contains("\"baseline\": {\n    \"kind\": \"none\",\n    \"runs\": [],\n    \"merge_base\": null,")
                .contains("\"baseline\": null,\n      \"current\": 150.0,\n      \"relative_change\": null,")
                .contains("\"posted\": {\n    \"comment\": null,\n    \"status\": null,\n    \"summary\": false,\n    \"notified\": 0\n  }");
        assertThat(r.decision()).isEqualTo(GateStatus.PASS);
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void theDecisionIsTheWorstRowAndFailExitsThree() {
        CiReport r = Reports.failing(Reports.pullRequest(ForgeKind.GITHUB));

        assertThat(r.decision()).isEqualTo(GateStatus.FAIL);
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(Reports.passing(Reports.pullRequest(ForgeKind.GITHUB)).exitCode()).isZero();
    }
}

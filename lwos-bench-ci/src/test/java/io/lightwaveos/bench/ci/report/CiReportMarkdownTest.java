package io.lightwaveos.bench.ci.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.gate.GateStatus;
import io.lightwaveos.bench.ci.event.ForgeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CiReportMarkdownTest {

    @Test
    void aFailingPullRequestReadsFailuresFirst() {
        assertThat(CiReportMarkdown.render(Reports.failing(Reports.pullRequest(ForgeKind.GITHUB)))).isEqualTo("""
                ### ❌ lwos-bench · audio-pipeline: fail

                Pull request #12 (`feature/fft` → `main`) at `3f2c1a9` on rig `bench-1`: 1 failed, 1 warned, 2 passed.
                Baseline: 2 runs of `main` at or before the merge base `9b8a7c6`.

                |  | measure | baseline | current | change | verdict | decision |
                |---|---|---:|---:|---:|---|---|
                | ❌ | `avg_total_us` | 160.00 µs | 176.00 µs | +10.0 % | regressed | **fail**: beyond fail +5% and regressed |
                | ⚠️ | `native:snr_db` | 45.20 dB | 42.50 dB | -6.0 % | - | **warn**: beyond warn -5% |
                | ✅ | `cpu_load_percent` | 35.00 % | 35.20 % | +0.57 % | equivalent | pass |
                | ✅ | `native:sample_rate_hz` | 44100.00 Hz | 44100.00 Hz | +0.00 % | - | pass: not gated |

                - 2 of the 10 baseline runs asked for exist at or before the merge base

                <sub>lwos-bench/ci/v1 · run `1b2c3d4e` pr-12-bench-1 · [job](https://github.com/lightwave/firmware/actions/runs/77)</sub>
                """);
    }

    @Test
    void aGitLabMergeRequestIsNamedSo() {
        assertThat(CiReportMarkdown.render(Reports.passing(Reports.pullRequest(ForgeKind.GITLAB))))
                .contains("Merge request !12 (`feature/fft` → `main`) at `3f2c1a9` on rig `bench-1`: 1 passed.")
                .startsWith("### ✅ lwos-bench · audio-pipeline: pass\n");
    }

    @Test
    void namesThatCouldBreakTheTableAreEscaped() {
        CiReport r = CiReport.of("x", Reports.run(), Reports.pullRequest(ForgeKind.GITHUB), CiReport.Baseline.NONE,
                List.of(new CiReport.MeasureRow("hyperfine:a|b", "s", null, null, 1.0, null, null, GateStatus.PASS,
                        "<b>*x*</b>"), new CiReport.MeasureRow("gb:`x`", "", null, null, 1.0, null, null,
                        GateStatus.PASS, null)), List.of("line\nbreak"));

        String md = CiReportMarkdown.render(r);

        assertThat(md).contains("| ✅ | `hyperfine:a\\|b` | - | 1.00 s | - | - | pass: \\<b\\>\\*x\\*\\</b\\> |")
                .contains("| ✅ | gb:\\`x\\` | - | 1.00 | - | - | pass |")
                .contains("- line\\\\nbreak")
                .contains("**No baseline**: nothing to compare with, so this passes.");
    }

    @Test
    void theStatusLineNamesTheWorstMeasure() {
        assertThat(CiReportMarkdown.statusLine(Reports.failing(Reports.pullRequest(ForgeKind.GITHUB))))
                .isEqualTo("fail: avg_total_us +10.0 % (1 of 4 failed)");
        assertThat(CiReportMarkdown.statusLine(Reports.passing(Reports.pullRequest(ForgeKind.GITHUB))))
                .isEqualTo("pass: 1 measure within thresholds");
    }
}

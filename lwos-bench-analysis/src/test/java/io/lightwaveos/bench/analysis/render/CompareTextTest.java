package io.lightwaveos.bench.analysis.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.analysis.compare.CompareOptions;
import io.lightwaveos.bench.analysis.compare.Comparison;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompareTextTest {

    static final Run A = run("00000000-0000-4000-8000-00000000000a", "before", 400);
    static final Run B = run("00000000-0000-4000-8000-00000000000b", "after", 400);

    static Run run(String id, String name, long n) {
        return new Run(UUID.fromString(id), name, "", Set.of(), "simulator", Instant.parse("2026-11-26T14:02:19Z"),
                Instant.parse("2026-11-26T14:03:00Z"), RunStatus.COMPLETE, n, null, null, null);
    }

    /** {@code n} values alternating around {@code mean} by ±{@code spread}: n_eff = n. */
    static double[] alternating(double mean, double spread, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + (i % 2 == 0 ? spread : -spread) * (1 + (i % 7) / 10.0);
        }
        return x;
    }

    /** avg_total_us 7.7 % slower, avg_goertzel_us the same, cpu_load_percent derived, peak_total_us on 6 samples. */
    static Comparison comparison() {
        Map<Metric, double[]> a = new EnumMap<>(Metric.class);
        Map<Metric, double[]> b = new EnumMap<>(Metric.class);
        a.put(Metric.AVG_TOTAL_US, alternating(150, 3, 400));
        b.put(Metric.AVG_TOTAL_US, alternating(161.55, 3, 400));
        a.put(Metric.AVG_GOERTZEL_US, alternating(70, 0.5, 400));
        b.put(Metric.AVG_GOERTZEL_US, alternating(70.05, 0.5, 400));
        a.put(Metric.CPU_LOAD_PERCENT, java.util.Arrays.stream(a.get(Metric.AVG_TOTAL_US)).map(x -> x / 200).toArray());
        b.put(Metric.CPU_LOAD_PERCENT, java.util.Arrays.stream(b.get(Metric.AVG_TOTAL_US)).map(x -> x / 200).toArray());
        a.put(Metric.PEAK_TOTAL_US, new double[] {230, 260, 245, 250, 238, 262});
        b.put(Metric.PEAK_TOTAL_US, new double[] {240, 255, 249, 251, 244, 258});
        return Comparison.compare(a, b, CompareOptions.defaults().withMetrics(List.of(Metric.AVG_TOTAL_US,
                Metric.AVG_GOERTZEL_US, Metric.CPU_LOAD_PERCENT, Metric.PEAK_TOTAL_US)));
    }

    @Test
    void reportSaysItPlainly() {
        String text = CompareText.render(new CompareReport(A, B, comparison(), List.of("B 00000000 \"after\": gaps")), false);
        assertThat(text).isEqualTo("""
                A  00000000 "before", 400 samples, 2026-11-26 14:02:19Z
                B  00000000 "after", 400 samples, 2026-11-26 14:02:19Z
                warning: B 00000000 "after": gaps

                            A      B
                  rig       -      -
                  firmware  -      -
                  effect    -      -
                  branch    -      -
                  commit    -      -
                  quality   clean  clean

                B is 7.7 % slower on avg_total_us (95 % CI +7.3 … +8.1 %), 1 regression, 1 equivalent, 1 inconclusive

                metric            unit       A mean ± sd       B mean ± sd        change [95 % CI]  p (Holm)  verdict
                avg_total_us      µs       150.00 ± 3.95     161.55 ± 3.95     +7.7 % [+7.3, +8.1]  3.2e-200  regressed
                avg_goertzel_us   µs      70.00 ± 0.6581    70.05 ± 0.6581  +0.07 % [-0.06, +0.20]    0.5659  equivalent
                cpu_load_percent  %     0.7500 ± 0.01974  0.8078 ± 0.01974     +7.7 % [+7.3, +8.1]  3.2e-200  regressed (derived)
                peak_total_us     µs      247.50 ± 12.45     249.50 ± 6.72     +0.8 % [-4.6, +6.2]    0.7385  inconclusive

                avg_total_us regressed: B - A = +11.55 µs [+11.00, +12.10] (95 % CI), p (Holm) 3.2e-200, n_eff 400 and 400
                peak_total_us inconclusive: change +0.8 % [-4.6, +6.2] could be nothing or more than 1.0 %; about 180 \
                effective samples per run would tell (now 6 and 6), about 180 samples each at this autocorrelation

                p (Holm): Welch's t-test on effective sample sizes (the samples are autocorrelated), Holm-adjusted over \
                3 metrics; alpha 0.05, min effect 1.0 %; equivalent: the 90 % CI lies within ±1.0 %. cpu_load_percent \
                is derived from avg_total_us: same verdict logic, not counted.
                """);
    }

    @Test
    void aRunOfDoubtfulQualityGetsAWarningLine() {
        Run doubtful = new Run(B.id(), "after", "", Set.of(), "simulator", B.startedAt(), B.endedAt(), RunStatus.COMPLETE,
                400, new RunCounters(0, Map.of(), 37, 120, 2, 1), null, null, null,
                RunQuality.of(QualityReason.GAPS, QualityReason.REBOOT, QualityReason.RECONNECTS, QualityReason.SHORT));
        CompareReport report = CompareReport.of(A, doubtful, comparison());
        assertThat(report.warnings()).containsExactly("B 00000000 \"after\" is not clean: gaps (37, ~120 frames lost),"
                + " reboot (1), reconnects (2), short (n_eff unknown; a clean run needs n_eff 30); its numbers may not"
                + " compare");
        assertThat(CompareText.render(report, false).lines().toList().get(2)).startsWith("warning: B 00000000");
        assertThat(CompareReport.of(A, B, comparison()).warnings()).isEmpty();
    }

    @Test
    void aShortRunsWarningSaysHowLongACleanRunTakes() {
        // 100 samples in 10 s (10 frames/s) with n_eff 4: 30 / 4 × 100 = 750 samples, 75 s.
        Run shortRun = new Run(B.id(), "after", "", Set.of(), "simulator", B.startedAt(), B.startedAt().plusSeconds(10),
                RunStatus.COMPLETE, 100, RunCounters.ZERO, null, Map.of("avg_total_us", Map.of("n_eff", 4.0)), null,
                RunQuality.of(QualityReason.SHORT));
        assertThat(CompareReport.of(A, shortRun, comparison()).warnings()).containsExactly("B 00000000 \"after\" is not"
                + " clean: short (n_eff 4.0 of 30 needed; collect ≈ 75 s at 10.0 frames/s for a clean run); its numbers"
                + " may not compare");
    }

    @Test
    void verboseAddsThePlainTestsTheVerdictDoesNotUse() {
        String plain = CompareText.render(CompareReport.of(A, B, comparison()), false);
        String verbose = CompareText.render(CompareReport.of(A, B, comparison()), true);
        assertThat(plain).doesNotContain("Welch p").doesNotContain("Cohen's d");
        assertThat(verbose).containsPattern("plain tests +mean diff +Welch p +Student p +Mann-Whitney p +Cohen's d")
                .containsPattern("avg_total_us +\\+11\\.55 .* \\(large\\) +400\\.00 +400\\.00");
    }

    @Test
    void colourMarksRegressedRedInconclusiveAmberEquivalentDim() {
        java.io.StringWriter s = new java.io.StringWriter();
        CompareText.print(CompareReport.of(A, B, comparison()), false, Style.ANSI, new java.io.PrintWriter(s));
        assertThat(s.toString()).contains("\u001b[31m\u2191 regressed\u001b[0m").contains("\u001b[33minconclusive\u001b[0m")
                .contains("\u001b[2mequivalent\u001b[0m");
    }

    @Test
    void markdownSaysTheSame() {
        String md = CompareMarkdown.render(new CompareReport(A, B, comparison(), List.of("B has gaps")));
        assertThat(md).startsWith("**A** `00000000` before (400 samples) → **B** `00000000` after (400 samples)\n\n"
                        + "> **warning:** B has gaps\n\n"
                        + "**B is 7.7 % slower on avg\\_total\\_us (95 % CI +7.3 … +8.1 %), 1 regression, 1 equivalent,"
                        + " 1 inconclusive**\n")
                .contains("| `avg_total_us` | 150.00 ± 3.95 µs | 161.55 ± 3.95 µs | +7.7 % [+7.3, +8.1] | 3.2e-200 | **regressed** |")
                .contains("| `avg_goertzel_us` | 70.00 ± 0.6581 µs | 70.05 ± 0.6581 µs | +0.07 % [-0.06, +0.20] | 0.5659 | equivalent |")
                .contains("| _inconclusive_ |")
                .contains("- peak\\_total\\_us inconclusive: change +0.8 % \\[-4.6, +6.2\\] could be nothing");
    }
}

/**
 * The LightwaveOS baseline gate: {@link io.lightwaveos.bench.formats.regression.RegressionCheck}
 * decides each measure of a results file against the baseline JSON exactly as the repository's
 * {@code detect_regressions.py} does (values on a threshold included; missing fails, new warns,
 * no threshold passes), so a CI job can drop the script:
 *
 * <pre>{@code
 * ReadResult baseline = ResultFormat.LWOS_JSON.read(Path.of("benchmark_baseline.json"));
 * ReadResult current = ResultFormat.AUTO.read(Path.of("benchmark_output.log"));
 * RegressionCheck.Report report = RegressionCheck.check(
 *         RegressionCheck.valuesOf(baseline.measures()),
 *         RegressionCheck.valuesOf(current.measures()),
 *         RegressionCheck.thresholdsOf(baseline.thresholds()));
 * for (KeyVerdict v : report.verdicts()) {
 *     System.out.println(v.key() + " " + v.severity().jsonName() + " " + v.changePercent());
 * }
 * System.exit(report.exitCode(false));   // 1 on a failure, as the script
 * }</pre>
 * {@link io.lightwaveos.bench.formats.regression.MeasureGate} applies the same decision to a stored
 * run's measures ({@code check RUN --baseline benchmark_baseline.json}), with the noise-aware rule of
 * SPEC §6 for measures with repeats: a failure stands only when the whole 95 % interval of the mean
 * reaches the failure threshold.
 */
package io.lightwaveos.bench.formats.regression;

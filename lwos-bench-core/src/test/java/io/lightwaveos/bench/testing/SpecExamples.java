package io.lightwaveos.bench.testing;

/** Examples given in {@code ../shared/SPEC.md}, verbatim, for the tests of every module that reads them. */
public final class SpecExamples {

    /** The baseline file example of SPEC §6 (the firmware repository's format). */
    public static final String BASELINE = """
            {
              "avg_total_us": 160.0,
              "cpu_load_percent": 35.0,
              "_metadata": { "description": "any object, ignored" },
              "_thresholds": {
                "avg_total_us":     { "stat": "p95",  "warning": "+5%", "failure": "+10%", "direction": "lower_is_better" },
                "cpu_load_percent": { "stat": "mean", "warning": "+5%", "failure": "+10%" }
              }
            }
            """;

    private SpecExamples() {
    }
}

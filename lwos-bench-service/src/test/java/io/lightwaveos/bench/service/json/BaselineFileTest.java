package io.lightwaveos.bench.service.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.analysis.Statistic;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.analysis.gate.Allowance;
import io.lightwaveos.bench.analysis.gate.Baseline;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException;
import io.lightwaveos.bench.analysis.gate.BaselineFormatException.Reason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.testing.SpecExamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    @Test
    void readsTheSpecExample() {
        Baseline b = BaselineFile.parse(SpecExamples.BASELINE);
        assertThat(b.values()).containsExactly(Map.entry("avg_total_us", 160.0), Map.entry("cpu_load_percent", 35.0));
        assertThat(b.thresholdFor("avg_total_us").stat()).isEqualTo(Statistic.parse("p95"));
        assertThat(b.metadata()).containsEntry("description", "any object, ignored");
    }

    @Test
    void writtenFileReadsBackEqualAndKeepsTheFormat(@TempDir Path dir) throws Exception {
        Map<Metric, Summary> run = new EnumMap<>(Metric.class);
        run.put(Metric.AVG_TOTAL_US, Summary.of(new double[] {150.25, 151.5, 152.75}));
        run.put(Metric.PEAK_TOTAL_US, Summary.of(new double[] {300, 320}));
        Baseline b = Baseline.fromRun(run, Statistic.parse("p95"), new Allowance(5, true), new Allowance(12.5, false),
                Map.of("run_id", "11111111-2222-4333-8444-555555555555"));
        Path file = dir.resolve("baseline.json");
        BaselineFile.write(b, file);
        assertThat(BaselineFile.read(file)).isEqualTo(b);
        String text = Files.readString(file);
        assertThat(text).contains("\"avg_total_us\": 152.625").contains("\"warning\": \"+5%\"")
                .contains("\"failure\": \"+12.5\"").contains("\"direction\": \"lower_is_better\"").endsWith("}\n");
        assertThat(text.indexOf("\"_metadata\"")).isLessThan(text.indexOf("\"_thresholds\""));
        assertThat(BaselineFile.parse(BaselineFile.format(BaselineFile.parse(SpecExamples.BASELINE))))
                .isEqualTo(BaselineFile.parse(SpecExamples.BASELINE));
    }

    private static void assertRefused(String json, String key, Reason reason, String messagePart) {
        assertThatThrownBy(() -> BaselineFile.parse(json)).isInstanceOfSatisfying(BaselineFormatException.class, e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    @Test
    void malformedFilesAreRefusedNamingTheKeyOrThePlace() {
        assertRefused("{\"avg_total_us\": 160,", "", Reason.SYNTAX, "at line 1, column");
        assertRefused("[1, 2]", "", Reason.SYNTAX, "expected a JSON object at the top, found an array");
        assertRefused("{\"avg_total_us\": 1, \"avg_total_us\": 2}", "", Reason.SYNTAX, "duplicate key \"avg_total_us\"");
        assertRefused("{\"avg_total_us\": 1} {}", "", Reason.SYNTAX, "invalid JSON");
        assertRefused("{\"avg_total_us\": NaN}", "", Reason.SYNTAX, "invalid JSON");
        assertRefused("{\"avg_total_us\": \"fast\"}", "avg_total_us", Reason.WRONG_TYPE,
                "baseline key \"avg_total_us\": expected a number, found a string (\"fast\")");
        assertRefused("{\"avg_total_us\": 1e999}", "avg_total_us", Reason.WRONG_TYPE, "expected a finite number");
        assertRefused("{\"avg_total_us\": 160, \"_thresholds\": {\"avg_total_us\": {\"warning\": \"-5%\"}}}",
                "_thresholds.avg_total_us.warning", Reason.BAD_ALLOWANCE, "without the minus sign");
    }

    @Test
    void missingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
        assertThatThrownBy(() -> BaselineFile.read(dir.resolve("nope.json"))).isInstanceOf(java.io.IOException.class);
    }
}

package io.lightwaveos.bench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureRef;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.service.testing.ServiceFixture;
import io.lightwaveos.bench.store.StoreException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link RunService} does with measures: runs holding only measures, saving, reading, summaries, export, push. */
class RunServiceMeasuresTest {

    private static final Instant T0 = Instant.parse("2026-11-30T12:00:00Z");
    private static final MeasureSet NATIVE = MeasureSet.builder("native")
            .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
            .record("snr_db", new double[] {45.1, 45.3, 45.2}, "dB", Direction.HIGHER_IS_BETTER)
            .report("sample_rate_hz", 44100, "Hz")
            .build();

    @TempDir
    Path dir;
    ServiceFixture fixture;
    RunService runs;

    @BeforeEach
    void open() {
        fixture = ServiceFixture.sqlite(dir.resolve("bench.db"));
        runs = fixture.runs();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aRunOfMeasuresIsCompleteWithItsContextAndNoSamples() {
        RunContext context = RunContext.EMPTY.withRig("ci-runner").withMeta(Map.of("native.overall", "PASS"));
        Run run = runs.createMeasureRun(RunStart.named("native-benchmark").withTags(List.of("native"))
                .withSource("import:benchmark_output.log").withContext(context).withStartedAt(T0), NATIVE);
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETE);
        assertThat(run.startedAt()).isEqualTo(T0);
        assertThat(run.endedAt()).isEqualTo(T0);
        assertThat(run.sampleCount()).isZero();
        assertThat(run.tags()).containsExactly("native");
        assertThat(run.source()).isEqualTo("import:benchmark_output.log");
        assertThat(run.context()).isEqualTo(context);
        assertThat(run.quality().isClean()).as("measures only: never short").isTrue();
        assertThat(run.cachedStats()).isEmpty();
        assertThat(runs.measures(run.id())).isEqualTo(NATIVE);
        assertThat(runs.measure(run.id(), MeasureRef.parse("snr_db")).orElseThrow().values())
                .containsExactly(45.1, 45.3, 45.2);
        assertThat(runs.measure(run.id(), MeasureRef.parse("jmh:snr_db"))).isEmpty();
        assertThat(runs.measureCounts(RunSelection.ALL)).containsOnly(Map.entry(run.id(), 3));
    }

    private Run nativeRun(String name, double latencyMs, String latencyUnit) {
        return runs.createMeasureRun(RunStart.named(name), MeasureSet.builder("native")
                .record("latency_ms", latencyMs, latencyUnit, Direction.LOWER_IS_BETTER)
                .record("snr_db", new double[] {45.1, 45.3}, "dB", Direction.HIGHER_IS_BETTER).build());
    }

    @Test
    void aPooledBaselineHoldsEveryBaselineRunsMeasureValuesAsRepeats() {
        List<java.util.UUID> base = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            base.add(nativeRun("base-" + i, 8.4 * (1 + 0.005 * Math.sin(i * 2.1)), "ms").id());
        }
        base.add(nativeRun("other-unit", 0.0084, "s").id()); // another unit: not pooled
        base.add(nativeRun("newest", 8.4, "ms").id());
        Run candidate = nativeRun("candidate", 8.4 * 1.12, "ms");

        io.lightwaveos.bench.analysis.compare.Comparison c = runs.comparePooled(base, candidate.id(),
                io.lightwaveos.bench.analysis.compare.CompareOptions.defaults());
        assertThat(c.metrics()).as("runs of measures only: no frame metric").isEmpty();
        assertThat(c.measures()).extracting(m -> m.ref().toString()).containsExactly("native:latency_ms", "native:snr_db");
        var latency = c.measures().get(0);
        assertThat(latency.a().n()).isEqualTo(11);
        assertThat(latency.b().n()).isEqualTo(1);
        assertThat(latency.unit()).isEqualTo("ms");
        assertThat(latency.relativeChange()).isBetween(0.11, 0.13);
        assertThat(latency.note()).contains("A has 11 repeats, B a single value: the tests need at least 2 repeats per"
                + " side; relative change only");
        assertThat(c.measures().get(1).a().n()).isEqualTo(24);
    }

    @Test
    void aRunOfMeasuresNeedsAMeasureAndTheStoresRules() {
        assertThatThrownBy(() -> runs.createMeasureRun(RunStart.named("empty"), MeasureSet.empty()))
                .isInstanceOf(StoreException.class).hasMessageContaining("at least one measure");
        assertThatThrownBy(() -> runs.createMeasureRun(RunStart.named("x").withTags(List.of("a,b")), NATIVE))
                .isInstanceOf(StoreException.class).hasMessageContaining("comma");
        assertThat(runs.list(RunSelection.ALL)).isEmpty();
    }

    @Test
    void summariesOfMeasuresAreTheDescriptiveStatisticsOfTheirValues() {
        Run run = runs.createMeasureRun(RunStart.named("n"), NATIVE);
        Map<Measure, Summary> summaries = runs.measureSummaries(run.id());
        assertThat(summaries.keySet()).containsExactlyElementsOf(NATIVE.measures());
        Summary snr = summaries.get(NATIVE.get("native", "snr_db").orElseThrow());
        assertThat(snr.n()).isEqualTo(3);
        assertThat(snr.mean()).isEqualTo(Summary.of(new double[] {45.1, 45.3, 45.2}).mean());
        assertThat(snr.min()).isEqualTo(45.1);
        Summary latency = summaries.get(NATIVE.get("native", "latency_ms").orElseThrow());
        assertThat(latency.n()).isEqualTo(1);
        assertThat(latency.mean()).isEqualTo(8.4);
    }

    @Test
    void aHarnessAddsItsMeasuresToARunItCollected() throws Exception {
        Run run = runs.create(RunStart.named("collected").withStartedAt(T0));
        try (ServiceFixture.Writer w = fixture.openWriter(run.id())) {
            w.append(new io.lightwaveos.bench.run.Sample(0, io.lightwaveos.bench.run.Sample.toMicros(T0),
                    io.lightwaveos.bench.frame.BenchmarkFrame.compact(0, 150f, 70f, 0.75f, 450, 200, 0, 0,
                            io.lightwaveos.bench.frame.Flags.of(3), 0)));
        }
        Run finished = runs.finish(run.id(), RunStatus.COMPLETE, null, Map.of());
        MeasureSet own = MeasureSet.builder("harness").record("boot_ms", 412.0, "ms", Direction.LOWER_IS_BETTER).build();
        runs.saveMeasures(finished.id(), own);
        assertThat(runs.measures(finished.id())).isEqualTo(own);
        assertThatThrownBy(() -> runs.saveMeasures(finished.id(), own)).isInstanceOf(StoreException.class)
                .hasMessageContaining("harness:boot_ms");
        assertThat(runs.find(finished.id()).orElseThrow().sampleCount()).isEqualTo(1);
    }

    @Test
    void aJsonExportOfARunOfMeasuresImportsAsANewRunWithThem() throws Exception {
        Run run = runs.createMeasureRun(RunStart.named("jmh").withStartedAt(T0), NATIVE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(runs.export(run, SampleFormat.JSON, out)).isZero();
        Run imported = runs.importer().importSamples(new ByteArrayInputStream(out.toByteArray()), SampleFormat.JSON,
                new ImportService.Naming(null, "file", Set.of(), "import:jmh.json"), false);
        assertThat(imported.id()).isNotEqualTo(run.id());
        assertThat(imported.name()).isEqualTo("jmh");
        assertThat(imported.sampleCount()).isZero();
        assertThat(runs.measures(imported.id())).isEqualTo(NATIVE);
    }

    @Test
    void pushCarriesMeasures() throws Exception {
        Run only = runs.createMeasureRun(RunStart.named("only").withStartedAt(T0), NATIVE);
        try (ServiceFixture team = ServiceFixture.sqlite(dir.resolve("team.db"))) {
            List<RunCopy.Entry> copied = new ArrayList<>();
            new RunCopy(runs, team.runs()).copy(runs.list(RunSelection.ALL), copied::add);
            assertThat(copied).extracting(RunCopy.Entry::outcome).containsExactly(RunCopy.Outcome.COPIED);
            assertThat(team.runs().measures(only.id())).isEqualTo(NATIVE);
            assertThat(team.runs().find(only.id()).orElseThrow().quality().isClean()).isTrue();
            new RunCopy(runs, team.runs()).copy(runs.list(RunSelection.ALL), copied::add);
            assertThat(copied).extracting(RunCopy.Entry::outcome)
                    .containsExactly(RunCopy.Outcome.COPIED, RunCopy.Outcome.ALREADY_THERE);
        }
    }
}

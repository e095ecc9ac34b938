package io.lightwaveos.bench.service.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.service.MetricOrMeasure;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HistoryService#subjects}: the frame metrics and the measures of the selected runs, each with its name. */
class HistorySubjectsTest {

    private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");

    @TempDir
    Path dir;
    RunStore store;
    HistoryService history;
    int count;

    @BeforeEach
    void open() {
        store = RunStores.open(dir.resolve("bench.db").toString());
        history = new HistoryService(store);
        // Oldest first: a native result on bench-a, a JMH result on bench-b, a frame-only run, a run still RUNNING.
        run("native-1", "bench-a", RunStatus.COMPLETE, MeasureSet.builder("native")
                .record("latency_ms", 8.4, "ms", Direction.LOWER_IS_BETTER)
                .record("cpu_load_percent", 34.8, "%", Direction.LOWER_IS_BETTER).build());
        run("jmh-1", "bench-b", RunStatus.COMPLETE, MeasureSet.builder("jmh")
                .add(Measure.of("jmh", "latency_ms", "ms", Direction.LOWER_IS_BETTER, 8.1, 8.3))
                .add(Measure.of("jmh", "decode_ns", "ns/op", Direction.LOWER_IS_BETTER, 4.1, 4.3, 4.2)).build());
        run("frames-only", "bench-a", RunStatus.COMPLETE, MeasureSet.empty());
        run("still-running", "bench-a", RunStatus.RUNNING, MeasureSet.builder("native")
                .record("running_only", 1, "ms", Direction.LOWER_IS_BETTER).build());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void run(String name, String rig, RunStatus status, MeasureSet measures) {
        int i = count++;
        Run run = store.createRun(NewRun.named(name).withSource("test").withTags(Set.of("nightly"))
                .withContext(RunContext.EMPTY.withRig(rig)).withStartedAt(T0.plusSeconds(3600L * i)));
        if (!measures.measures().isEmpty()) {
            store.saveMeasures(run.id(), measures);
        }
        if (status != RunStatus.RUNNING) {
            store.finishRun(run.id(), status, T0.plusSeconds(3600L * i + 60), Map.of(), null);
        }
    }

    private static List<String> addresses(List<HistorySubject> subjects) {
        return subjects.stream().filter(s -> s.measure() != null).map(HistorySubject::address).toList();
    }

    @Test
    void frameMetricsComeFirstThenTheMeasuresOfFinishedRunsBySuiteAndName() {
        List<HistorySubject> subjects = history.subjects(HistoryQuery.of(Metric.AVG_TOTAL_US));
        assertThat(subjects.subList(0, Metric.all().size())).extracting(HistorySubject::metric)
                .containsExactlyElementsOf(Metric.all());
        assertThat(subjects.subList(Metric.all().size(), subjects.size())).extracting(HistorySubject::id)
                .containsExactly("jmh:decode_ns", "jmh:latency_ms", "native:cpu_load_percent", "native:latency_ms");
        HistorySubject decode = subjects.get(Metric.all().size());
        assertThat(decode.measure().unit()).isEqualTo("ns/op");
        assertThat(decode.measure().count()).isEqualTo(3);
    }

    @Test
    void aNameIsBareUnlessAFrameMetricOrAnotherSuiteSharesIt() {
        List<HistorySubject> subjects = history.subjects(HistoryQuery.of(Metric.AVG_TOTAL_US));
        assertThat(subjects).filteredOn(s -> s.metric() == Metric.AVG_TOTAL_US).extracting(HistorySubject::address)
                .containsExactly("avg_total_us");
        assertThat(subjects).filteredOn(s -> s.metric() == Metric.CPU_LOAD_PERCENT).extracting(HistorySubject::address)
                .containsExactly("frame:cpu_load_percent");
        assertThat(addresses(subjects))
                .containsExactly("decode_ns", "jmh:latency_ms", "native:cpu_load_percent", "native:latency_ms");
        for (HistorySubject s : subjects) {
            MetricOrMeasure resolved = history.resolve(s.address());
            assertThat(resolved.id()).as(s.address()).isEqualTo(s.id());
        }
    }

    @Test
    void filtersSelectTheRunsWhoseMeasuresAreOffered() {
        HistoryQuery all = HistoryQuery.of(Metric.AVG_TOTAL_US);
        HistoryQuery benchA = new HistoryQuery(Metric.AVG_TOTAL_US, null, "bench-a", null, Set.of(), null, null, null,
                HistoryQuery.DEFAULT_LAST, false, null);
        assertThat(addresses(history.subjects(benchA))).as("the address stays what history takes: the store decides")
                .containsExactly("native:cpu_load_percent", "native:latency_ms");
        HistoryQuery newest = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of(), null, null, null, 1,
                false, null);
        assertThat(addresses(history.subjects(newest))).as("the newest run holding measures")
                .containsExactly("decode_ns", "jmh:latency_ms");
        HistoryQuery named = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of(), "native-*", null, null,
                HistoryQuery.DEFAULT_LAST, false, null);
        assertThat(addresses(history.subjects(named))).containsExactly("native:cpu_load_percent", "native:latency_ms");
        HistoryQuery later = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of(), null, null,
                T0.plusSeconds(1800), HistoryQuery.DEFAULT_LAST, false, null);
        assertThat(addresses(history.subjects(later))).containsExactly("decode_ns", "jmh:latency_ms");
        HistoryQuery tagged = new HistoryQuery(Metric.AVG_TOTAL_US, null, null, null, Set.of("other"), null, null, null,
                HistoryQuery.DEFAULT_LAST, false, null);
        assertThat(history.subjects(tagged)).as("frame metrics are always offered").hasSize(Metric.all().size());
        assertThat(history.subjects(all)).hasSize(Metric.all().size() + 4);
    }
}

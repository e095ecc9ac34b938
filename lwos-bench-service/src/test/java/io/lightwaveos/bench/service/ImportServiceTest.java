package io.lightwaveos.bench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.metric.Metric;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.service.io.SampleFormat;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Importing sample files into a real SQLite store: what a JSON export restores, and duplicates. */
class ImportServiceTest {

    @TempDir
    Path dir;
    RunStore store;
    RunService service;

    @BeforeEach
    void open() {
        store = RunStores.open(dir.resolve("bench.db").toString());
        service = new RunService(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A run as a collector leaves it: context, events, counters, samples. */
    Run collected(String name, long seed) {
        Instant start = Instant.parse("2026-11-21T08:00:00.250001Z");
        Run run = store.createRun(NewRun.named(name).withStartedAt(start).withTags(List.of("ci")).withSource("simulator")
                .withContext(ArchiveServiceTest.FULL_CONTEXT));
        try (SampleWriter w = store.openWriter(run.id())) {
            ArchiveServiceTest.samples(200, seed, Sample.toMicros(start) + 500_000).forEach(w::append);
        }
        store.appendEvent(run.id(), new RunEvent(start.plusSeconds(3), EventType.GAP, "lost ~2 frames"));
        store.appendEvent(run.id(), new RunEvent(start.plusSeconds(9), EventType.WORKLOAD_CHANGED, "Ripple → Fire"));
        store.updateCounters(run.id(), new RunCounters(1, Map.of(RejectReason.BAD_LENGTH, 4L), 1, 2, 0, 0));
        return service.finish(run.id(), RunStatus.COMPLETE, start.plusSeconds(25), Map.of());
    }

    byte[] export(Run run, SampleFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.export(run, format, out);
        return out.toByteArray();
    }

    Run importBytes(byte[] bytes, SampleFormat format, String name, boolean allowDuplicate) throws IOException {
        return service.importer().importSamples(new ByteArrayInputStream(bytes), format,
                new ImportService.Naming(name, "file", Set.of(), "import:file", RunContext.EMPTY), allowDuplicate);
    }

    @Test
    void aJsonExportImportsWithItsContextQualityEventsAndCountersAndExportsTheSameAgain() throws IOException {
        Run original = collected("orig", 1);
        byte[] json = export(original, SampleFormat.JSON);
        Run copy = importBytes(json, SampleFormat.JSON, null, true);

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.name()).isEqualTo("orig");
        assertThat(copy.context()).isEqualTo(original.context()).isEqualTo(ArchiveServiceTest.FULL_CONTEXT);
        assertThat(copy.quality()).isEqualTo(original.quality());
        assertThat(copy.counters()).isEqualTo(original.counters());
        assertThat(copy.startedAt()).isEqualTo(original.startedAt());
        assertThat(copy.endedAt()).isEqualTo(original.endedAt());
        assertThat(service.events(copy.id())).isEqualTo(service.events(original.id())).hasSize(2);
        String again = new String(export(copy, SampleFormat.JSON), StandardCharsets.UTF_8);
        assertThat(again).isEqualTo(new String(json, StandardCharsets.UTF_8)
                .replace(original.id().toString(), copy.id().toString()));
    }

    @ParameterizedTest
    @EnumSource(SampleFormat.class)
    void importingTheSameFileTwiceIsRefusedNamingTheRunThatHasTheSamples(SampleFormat format) throws IOException {
        Run original = collected("orig", 2);
        byte[] file = export(original, format);
        service.delete(original.id());
        Run first = importBytes(file, format, "first import", false);

        assertThatThrownBy(() -> importBytes(file, format, "second import", false))
                .isInstanceOf(DuplicateRunException.class)
                .satisfies(e -> assertThat(((DuplicateRunException) e).existing().id()).isEqualTo(first.id()));
        assertThat(service.list(RunSelection.ALL)).extracting(Run::id).containsExactly(first.id());

        Run forced = importBytes(file, format, "forced", true);
        assertThat(service.list(RunSelection.ALL)).hasSize(2);
        assertThat(forced.sampleCount()).isEqualTo(first.sampleCount()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(SampleFormat.class)
    void theExportOfACollectedRunIsADuplicateOfThatRun(SampleFormat format) throws IOException {
        Run original = collected("orig", 5);
        byte[] file = export(original, format);
        assertThatThrownBy(() -> importBytes(file, format, "copy", false))
                .isInstanceOf(DuplicateRunException.class)
                .satisfies(e -> assertThat(((DuplicateRunException) e).existing().id()).isEqualTo(original.id()));
        assertThat(service.list(RunSelection.ALL)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(SampleFormat.class)
    void theStatisticsAnImportCachesAreThoseOfTheSamplesItStored(SampleFormat format) throws IOException {
        Run original = collected("orig", 4);
        Run copy = importBytes(export(original, format), format, "copy", true);

        assertThat(copy.cachedStats()).isEqualTo(RunService.cache(service.summaries(copy.id())))
                .isEqualTo(original.cachedStats())
                .containsKeys(Metric.AVG_TOTAL_US.id(), Metric.AVG_DC_AGC_US.id());
    }

    @Test
    void aFileDifferingInOneValueIsNoDuplicate() throws IOException {
        Run original = collected("orig", 3);
        String csv = new String(export(original, SampleFormat.CSV), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        String last = lines.get(lines.size() - 1);
        String[] cells = last.split(",", -1);
        cells[7] = Long.toString(Long.parseLong(cells[7]) - 1);
        String changed = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n" + String.join(",", cells) + "\n";
        assertThat(changed).isNotEqualTo(csv);

        Run other = importBytes(changed.getBytes(StandardCharsets.UTF_8), SampleFormat.CSV, "edited", false);
        assertThat(other.id()).isNotEqualTo(original.id());
        assertThat(service.list(RunSelection.ALL)).hasSize(2);
    }
}

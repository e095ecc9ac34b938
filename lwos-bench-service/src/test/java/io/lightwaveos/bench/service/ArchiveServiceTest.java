package io.lightwaveos.bench.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.CiBuild;
import io.lightwaveos.bench.run.DeviceInfo;
import io.lightwaveos.bench.run.EventType;
import io.lightwaveos.bench.run.QualityReason;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.service.io.ArchiveReader;
import io.lightwaveos.bench.service.io.ImportException;
import io.lightwaveos.bench.service.io.InputLimitException;
import io.lightwaveos.bench.store.NewRun;
import io.lightwaveos.bench.store.RunStore;
import io.lightwaveos.bench.store.RunStores;
import io.lightwaveos.bench.store.SampleWriter;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArchiveServiceTest {

    static final Instant T0 = Instant.parse("2026-11-20T09:00:00Z");

    @TempDir
    Path dir;
    RunStore source;
    RunService from;
    RunStore target;
    RunService to;

    @BeforeEach
    void open() {
        source = RunStores.open(dir.resolve("source.db").toString());
        from = new RunService(source);
        target = RunStores.open(dir.resolve("target.db").toString());
        to = new RunService(target);
    }

    @AfterEach
    void close() {
        source.close();
        target.close();
    }

    static List<Sample> samples(int n, long seed, long startMicros) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ExtendedFields x = null;
            if (i % 7 == 0) {
                int[] hist = new int[8];
                for (int b = 0; b < 8; b++) {
                    hist[b] = r.nextInt(65536);
                }
                x = new ExtendedFields((float) r.nextDouble(10, 40), Float.intBitsToFloat(0x00000001),
                        0xFFFF_FFFFL - i, 0, hist);
            }
            float avg = (float) r.nextDouble(100, 200);
            out.add(new Sample(i * 2L, startMicros + i * 100_000L + r.nextInt(1000),
                    new BenchmarkFrame(1000L + 100L * i, avg, Math.nextUp((float) r.nextDouble(60, 80)), avg / 200f,
                            r.nextInt(65536), r.nextInt(65536), 0xFFFF_FFFFL - i, r.nextInt(65536),
                            Flags.of(r.nextInt(256)), 0, x)));
        }
        return out;
    }

    /** A run written as a collector writes one: created, samples appended, events, counters, finished. */
    Run collected(String name, int minute, RunStatus status, RunContext context, List<RunEvent> events,
            RunCounters counters, int n) {
        Instant start = T0.plusSeconds(60L * minute).plusNanos(123_456_000L);
        Run run = source.createRun(NewRun.named(name).withTags(List.of("nightly", "rig-" + minute))
                .withDescription("description of " + name + " with \"quotes\", commas and ü")
                .withSource("ws://10.0.0." + minute + "/ws").withStartedAt(start).withContext(context));
        try (SampleWriter w = source.openWriter(run.id())) {
            samples(n, minute, Sample.toMicros(start) + 1_000_000L).forEach(w::append);
        }
        events.forEach(e -> source.appendEvent(run.id(), e));
        source.updateCounters(run.id(), counters);
        if (status == RunStatus.RUNNING) {
            return source.run(run.id());
        }
        return from.finish(run.id(), status, start.plusSeconds(40).plusNanos(654_321_000L), Map.of());
    }

    static final RunContext FULL_CONTEXT = new RunContext("bench-3",
            new DeviceInfo("2.1.0", 20100L, "ESP32-S3-DevKitC-1", "v5.1.4", "Actor System v2", "ESP32-S3", 0, 2, 240,
                    16_777_216L, 201_456L, -58),
            new Workload(7, "Ripple", 128, 10, 3), new Vcs("abc123", "feature/dsp", 17L, "main"),
            new CiBuild("github", "https://github.com/o/r/actions/runs/1"), orderedMeta());

    static Map<String, String> orderedMeta() {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("operator", "ana");
        meta.put("board", "rev-b \"2\"");
        return meta;
    }

    /** Three finished runs (varied status, context, events, counters) and one RUNNING run. */
    List<Run> fourRuns() {
        List<Run> runs = new ArrayList<>();
        runs.add(collected("first", 1, RunStatus.COMPLETE, FULL_CONTEXT, List.of(
                new RunEvent(T0.plusSeconds(61), EventType.CONNECTED, "connected to ws://10.0.0.1/ws"),
                new RunEvent(T0.plusSeconds(70).plusNanos(1_000), EventType.GAP, "lost ~3 frames"),
                new RunEvent(T0.plusSeconds(75), EventType.REBOOT, "timestamp stepped back"),
                new RunEvent(T0.plusSeconds(80), EventType.DEVICE_MESSAGE, "ünïcödé \"quoted\" \\ back")),
                new RunCounters(3, Map.of(RejectReason.BAD_LENGTH, 2L, RejectReason.NON_FINITE, 1L), 1, 3, 0, 1), 300));
        runs.add(collected("second", 2, RunStatus.INTERRUPTED, RunContext.EMPTY, List.of(), RunCounters.ZERO, 40));
        runs.add(collected("third", 3, RunStatus.FAILED, RunContext.EMPTY.withRig("bench-1").withMeta(Map.of("k", "v")),
                List.of(new RunEvent(T0.plusSeconds(190), EventType.WORKLOAD_CHANGED, "Ripple → Fire"),
                        new RunEvent(T0.plusSeconds(191), EventType.STATS_RESET, "")),
                new RunCounters(0, Map.of(), 0, 0, 2, 0), 120));
        runs.add(collected("live", 4, RunStatus.RUNNING, RunContext.EMPTY, List.of(), RunCounters.ZERO, 10));
        from.saveMeasures(runs.get(0).id(), FIRST_MEASURES);
        return runs;
    }

    /** Measures of the first run: repeats, values a decimal text or a REAL column would not keep, no direction. */
    static final MeasureSet FIRST_MEASURES = MeasureSet.builder("native")
            .record("latency_ms", new double[] {8.4, 8.5, -0.0, 2.0, 0.1 + 0.2, Double.MIN_VALUE}, "ms",
                    Direction.LOWER_IS_BETTER)
            .report("sample_rate_hz", 44100, "Hz")
            .add(Measure.of("jmh", "io.x.Bench.decode:·gc.alloc.rate \"ü\"", "MB/sec", Direction.HIGHER_IS_BETTER,
                    Double.MAX_VALUE, 1e-300))
            .build();

    byte[] export(RunService runs, RunSelection filter, List<Run> skipped) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runs.archives().export(filter, out, skipped::add);
        return out.toByteArray();
    }

    Path file(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    static List<Sample> stored(RunStore store, Run run) {
        List<Sample> out = new ArrayList<>();
        store.forEachSample(run.id(), out::add);
        return out;
    }

    @Test
    void archiveRoundTripKeepsEveryRunBitExactAndReExportIsByteIdentical() throws IOException {
        List<Run> runs = fourRuns();
        List<Run> skipped = new ArrayList<>();
        byte[] first = export(from, RunSelection.ALL, skipped);
        assertThat(skipped).extracting(Run::name).containsExactly("live");
        String[] lines = new String(first, StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("{\"schema\": \"lwos-bench/archive/v1\", \"runs\": 3}");
        assertThat(lines[1]).startsWith("{\"schema\":\"lwos-bench/export/v3\",\"run\":{\"id\":\"" + runs.get(0).id())
                .contains("},\"measures\":[{\"name\":\"latency_ms\",\"suite\":\"native\",\"unit\":\"ms\","
                        + "\"direction\":\"lower_is_better\",\"values\":[8.4,8.5,-0.0,2.0,0.30000000000000004,4.9E-324]}");
        assertThat(lines[2]).contains(",\"measures\":[],\"samples\":[");

        List<ArchiveService.Entry> entries = new ArrayList<>();
        to.archives().importArchive(file("a.jsonl", first), entries::add);
        assertThat(entries).extracting(ArchiveService.Entry::outcome).containsOnly(ArchiveService.Outcome.IMPORTED)
                .hasSize(3);

        for (Run original : runs.subList(0, 3)) {
            Run a = from.find(original.id()).orElseThrow();
            Run b = to.find(original.id()).orElseThrow();
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.description()).isEqualTo(a.description());
            assertThat(b.tags()).containsExactlyElementsOf(a.tags());
            assertThat(b.source()).isEqualTo(a.source());
            assertThat(b.startedAt()).isEqualTo(a.startedAt());
            assertThat(b.endedAt()).isEqualTo(a.endedAt());
            assertThat(b.status()).isEqualTo(a.status());
            assertThat(b.counters()).isEqualTo(a.counters());
            assertThat(b.context()).isEqualTo(a.context());
            assertThat(b.quality()).isEqualTo(a.quality());
            assertThat(b.sampleCount()).isEqualTo(a.sampleCount());
            assertThat(b.cachedStats()).isEqualTo(a.cachedStats());
            assertThat(to.events(b.id())).isEqualTo(from.events(a.id()));
            assertThat(stored(target, b)).isEqualTo(stored(source, a));
            assertThat(to.measures(b.id())).isEqualTo(from.measures(a.id()));
        }
        assertThat(to.measures(runs.get(0).id())).isEqualTo(FIRST_MEASURES);
        assertThat(to.find(runs.get(0).id()).orElseThrow().quality().reasons())
                .contains(QualityReason.GAPS, QualityReason.REBOOT);
        assertThat(to.find(runs.get(0).id()).orElseThrow().context()).isEqualTo(FULL_CONTEXT);

        byte[] second = export(to, RunSelection.ALL, new ArrayList<>());
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void importingTheSameArchiveAgainImportsNothingAndLeavesTheStoreUnchanged() throws IOException {
        fourRuns();
        Path archive = file("a.jsonl", export(from, RunSelection.ALL, new ArrayList<>()));
        to.archives().importArchive(archive, e -> { });
        byte[] before = export(to, RunSelection.ALL, new ArrayList<>());

        List<ArchiveService.Entry> again = new ArrayList<>();
        to.archives().importArchive(archive, again::add);

        assertThat(again).extracting(ArchiveService.Entry::outcome)
                .containsExactly(ArchiveService.Outcome.ALREADY_PRESENT, ArchiveService.Outcome.ALREADY_PRESENT,
                        ArchiveService.Outcome.ALREADY_PRESENT);
        assertThat(to.list(RunSelection.ALL)).hasSize(3);
        assertThat(export(to, RunSelection.ALL, new ArrayList<>())).isEqualTo(before);
    }

    @Test
    void runsTheStoreHasAlreadyAreSkippedAndTheOthersImported() throws IOException {
        List<Run> runs = fourRuns();
        Path archive = file("a.jsonl", export(from, RunSelection.ALL, new ArrayList<>()));
        Path one = file("one.jsonl", export(from, RunSelection.ALL.withNameContains("second"), new ArrayList<>()));
        to.archives().importArchive(one, e -> { });

        List<ArchiveService.Entry> entries = new ArrayList<>();
        to.archives().importArchive(archive, entries::add);

        assertThat(entries).extracting(e -> e.run().name() + " " + e.outcome())
                .containsExactly("first IMPORTED", "second ALREADY_PRESENT", "third IMPORTED");
        assertThat(to.list(RunSelection.ALL)).extracting(Run::id)
                .containsExactlyInAnyOrder(runs.get(0).id(), runs.get(1).id(), runs.get(2).id());
    }

    @Test
    void exportFiltersSelectRunsAsListRunsDoes() throws IOException {
        fourRuns();
        String byRig = new String(export(from, RunSelection.ALL.withRig("bench-1"), new ArrayList<>()), StandardCharsets.UTF_8);
        assertThat(byRig.lines()).hasSize(2).first().isEqualTo("{\"schema\": \"lwos-bench/archive/v1\", \"runs\": 1}");
        assertThat(byRig).contains("\"name\":\"third\"");
        String byStatus = new String(export(from, RunSelection.ALL.withStatuses(List.of(RunStatus.COMPLETE,
                RunStatus.INTERRUPTED)).withTags(List.of("nightly")), new ArrayList<>()), StandardCharsets.UTF_8);
        assertThat(byStatus.lines()).hasSize(3);
        String none = new String(export(from, RunSelection.ALL.withBranch("no-such-branch"), new ArrayList<>()),
                StandardCharsets.UTF_8);
        assertThat(none).isEqualTo("{\"schema\": \"lwos-bench/archive/v1\", \"runs\": 0}\n");
    }

    static Stream<Arguments> badArchives() {
        return Stream.of(
                Arguments.of("truncated: fewer lines than the header announces",
                        (UnaryOperator<List<String>>) l -> new ArrayList<>(l.subList(0, 3)), "",
                        "line 4: the archive ends after 2 of the 3 runs its header announces: it is truncated"),
                Arguments.of("a header announcing more runs than there are",
                        edit(0, s -> s.replace("\"runs\": 3", "\"runs\": 4")), "\n",
                        "line 5: the archive ends after 3 of the 4 runs its header announces"),
                Arguments.of("a header announcing fewer runs than there are",
                        edit(0, s -> s.replace("\"runs\": 3", "\"runs\": 2")), "\n",
                        "line 4: expected the end of the archive after the 2 run(s) its header announces, found more"),
                Arguments.of("the last line cut short",
                        edit(3, s -> s.substring(0, s.length() / 2)), "",
                        "line 4: the line ends in the middle of a JSON document (is the archive cut short?)"),
                Arguments.of("a wrong archive schema",
                        edit(0, s -> s.replace("archive/v1", "archive/v2")), "\n",
                        "line 1: expected \"schema\": \"lwos-bench/archive/v1\" in the header line, got a string (\"lwos-bench/archive/v2\")"),
                Arguments.of("a wrong document schema in run 2",
                        edit(2, s -> s.replace("lwos-bench/export/v3", "lwos-bench/export/v1")), "\n",
                        "line 3: expected \"schema\": \"lwos-bench/export/v3\" (or the older \"lwos-bench/export/v2\"),"
                                + " got \"lwos-bench/export/v1\""),
                Arguments.of("a version 3 document without its measures",
                        edit(2, s -> s.replace(",\"measures\":[]", "")), "\n",
                        "line 3: expected the field \"measures\" next in the run's document, got \"samples\""),
                Arguments.of("a measure value that is text",
                        edit(1, s -> s.replace("\"values\":[8.4,", "\"values\":[\"8.4\",")), "\n",
                        "line 2: measures[0].values[0]: expected a finite number, got a string (\"8.4\")"),
                Arguments.of("a measure beyond double range",
                        edit(1, s -> s.replace("\"values\":[8.4,", "\"values\":[1e400,")), "\n",
                        "line 2: measures[0].values[0]: expected a finite number, got a number"),
                Arguments.of("a measure twice",
                        edit(1, s -> s.replace("\"measures\":[{\"name\":\"latency_ms\"",
                                "\"measures\":[{\"name\":\"sample_rate_hz\",\"suite\":\"native\",\"unit\":\"Hz\","
                                        + "\"direction\":null,\"values\":[1.0]},{\"name\":\"latency_ms\"")), "\n",
                        "line 2: measures[2]: native:sample_rate_hz is recorded twice"),
                Arguments.of("a measure with an unknown direction",
                        edit(1, s -> s.replace("\"lower_is_better\"", "\"sideways\"")), "\n",
                        "line 2: measures[0].direction: direction must be lower_is_better or higher_is_better"),
                Arguments.of("a run id twice",
                        (UnaryOperator<List<String>>) l -> List.of(l.get(0), l.get(1), l.get(2), l.get(1)), "\n",
                        "line 4: run "),
                Arguments.of("a bad sample value in run 3 of 3",
                        edit(3, s -> s.replaceFirst("\"hop_count\":\\d+", "\"hop_count\":-1")), "\n",
                        "line 4: hop_count"),
                Arguments.of("a counter out of range in run 3 of 3",
                        edit(3, s -> s.replace("\"reconnects\":2", "\"reconnects\":1e20")), "\n",
                        "line 4: run.counters.reconnects: expected a whole number from 0 to 9223372036854775807, got a number (1.0E20)"),
                Arguments.of("a RUNNING run",
                        edit(3, s -> s.replace("\"status\":\"FAILED\"", "\"status\":\"RUNNING\"")), "\n",
                        "line 4: run.status: expected a finished run (COMPLETE, INTERRUPTED or FAILED), got RUNNING"),
                Arguments.of("a run id that is no UUID",
                        edit(3, s -> s.replaceFirst("\"id\":\"[0-9a-f-]+\"", "\"id\":\"third\"")), "\n",
                        "line 4: run.id: expected the run's UUID, got \"third\""),
                Arguments.of("a tag with a comma",
                        edit(3, s -> s.replace("\"tags\":[\"nightly\"", "\"tags\":[\"night,ly\"")), "\n",
                        "line 4: a tag must not contain a comma, got \"night,ly\""),
                Arguments.of("an unknown event type",
                        edit(3, s -> s.replace("\"type\":\"stats-reset\"", "\"type\":\"explosion\"")), "\n",
                        "line 4: run.events[1].type: unknown event type \"explosion\""),
                Arguments.of("a context number of the wrong type",
                        edit(3, s -> s.replace("\"rig\":\"bench-1\"", "\"rig\":17")), "\n",
                        "line 4: run.context.rig: expected a string, got a number (17)"),
                Arguments.of("seq going backwards",
                        edit(3, s -> s.replaceFirst("\"seq\":2,", "\"seq\":0,")), "\n",
                        "line 4: seq must increase; got 0 after 0"),
                Arguments.of("a duplicate key",
                        edit(3, s -> s.replace("\"name\":\"third\"", "\"name\":\"third\",\"name\":\"x\"")), "\n",
                        "line 4: unreadable JSON: Duplicate field 'name'"),
                Arguments.of("a document spread over two lines",
                        edit(3, s -> s.replace(",\"samples\":[", ",\n\"samples\":[")), "\n",
                        "line 5: expected the run's document on one line (line 4), found it running to line 5"),
                Arguments.of("trailing garbage",
                        (UnaryOperator<List<String>>) l -> Stream.concat(l.stream(), Stream.of("x")).toList(), "\n",
                        "line 5: "));
    }

    static UnaryOperator<List<String>> edit(int line, UnaryOperator<String> change) {
        return lines -> {
            List<String> out = new ArrayList<>(lines);
            out.set(line, change.apply(out.get(line)));
            return out;
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArchives")
    void aBadArchiveIsRejectedWithItsLineAndNothingIsImported(String what, UnaryOperator<List<String>> damage,
            String end, String message) throws IOException {
        fourRuns();
        List<String> lines = new String(export(from, RunSelection.ALL, new ArrayList<>()), StandardCharsets.UTF_8)
                .lines().toList();
        assertThat(lines).hasSize(4);
        Path bad = file("bad.jsonl", (String.join("\n", damage.apply(lines)) + end).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> to.archives().importArchive(bad, e -> { }))
                .as(what).isInstanceOf(ImportException.class).hasMessageStartingWith(message);
        assertThat(to.list(RunSelection.ALL)).as(what).isEmpty();
    }

    @Test
    void theGoodArchiveTheBadOnesAreMadeFromImports() throws IOException {
        fourRuns();
        List<String> lines = new String(export(from, RunSelection.ALL, new ArrayList<>()), StandardCharsets.UTF_8)
                .lines().toList();
        Path good = file("good.jsonl", (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(to.archives().validate(good)).isEqualTo(3);
        to.archives().importArchive(good, e -> { });
        assertThat(to.list(RunSelection.ALL)).hasSize(3);
    }

    @Test
    void aSampleObjectBeyondTheRecordLimitIsRejectedNamingTheLimit() throws IOException {
        fourRuns();
        String archive = new String(export(from, RunSelection.ALL, new ArrayList<>()), StandardCharsets.UTF_8);
        String huge = " ".repeat(2 << 20);
        Path bad = file("huge.jsonl", archive.replaceFirst("\"flags\":", "\"flags\":" + huge)
                .getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> to.archives().importArchive(bad, e -> { }))
                .isInstanceOf(InputLimitException.class)
                .hasMessageStartingWith("line 2: the record (one object) is longer than the limit of 1048576 characters");
        assertThat(to.list(RunSelection.ALL)).isEmpty();
    }

    @Test
    void anArchiveIsRecognisedByItsHeaderLineWhateverItIsCalled() throws IOException {
        fourRuns();
        byte[] archive = export(from, RunSelection.ALL, new ArrayList<>());
        assertThat(ArchiveReader.isArchive(new BufferedInputStream(new ByteArrayInputStream(archive)))).isTrue();
        byte[] other = "{\"schema\": \"lwos-bench/archive/v9\", \"runs\": 0}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(ArchiveReader.isArchive(new BufferedInputStream(new ByteArrayInputStream(other))))
                .as("another archive version is an archive, refused by its schema").isTrue();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        from.export(from.resolve("first"), io.lightwaveos.bench.service.io.SampleFormat.JSON, json);
        for (byte[] notArchive : List.of(json.toByteArray(), "timestamp_utc,timestamp_ms\n".getBytes(StandardCharsets.UTF_8),
                new byte[0], "{\"note\": \"lwos-bench/archive/v1\"}\n".getBytes(StandardCharsets.UTF_8))) {
            BufferedInputStream in = new BufferedInputStream(new ByteArrayInputStream(notArchive));
            assertThat(ArchiveReader.isArchive(in)).as(new String(notArchive, StandardCharsets.UTF_8)).isFalse();
            assertThat(in.readAllBytes()).as("the stream is reset").isEqualTo(notArchive);
        }
    }

    @Test
    void aRunHoldingOnlyMeasuresRoundTripsByteIdentical() throws IOException {
        fourRuns();
        MeasureSet jmh = MeasureSet.builder("jmh")
                .record("io.x.FrameDecodeBenchmark.flyweightCompact", new double[] {12.3, 12.1, 12.6}, "ns/op",
                        Direction.LOWER_IS_BETTER)
                .build();
        Run only = from.createMeasureRun(RunStart.named("jmh-nightly").withTags(List.of("jmh"))
                .withSource("import:jmh.json").withStartedAt(T0.plusSeconds(600))
                .withContext(RunContext.EMPTY.withRig("ci-runner")), jmh);
        assertThat(only.sampleCount()).isZero();
        assertThat(only.status()).isEqualTo(RunStatus.COMPLETE);
        byte[] first = export(from, RunSelection.ALL, new ArrayList<>());
        to.archives().importArchive(file("a.jsonl", first), e -> { });
        assertThat(to.measures(only.id())).isEqualTo(jmh);
        assertThat(to.find(only.id()).orElseThrow().quality().isClean()).isTrue();
        assertThat(export(to, RunSelection.ALL, new ArrayList<>())).isEqualTo(first);
    }

    @Test
    void anArchiveOfTheVersionBeforeMeasuresStillImports() throws IOException {
        List<Run> runs = fourRuns();
        String v3 = new String(export(from, RunSelection.ALL, new ArrayList<>()), StandardCharsets.UTF_8);
        String v2 = v3.replace("lwos-bench/export/v3", "lwos-bench/export/v2")
                .replaceAll(",\"measures\":\\[.*?\\](?=,\"samples\":)", "");
        assertThat(v2).doesNotContain("\"measures\"").contains("lwos-bench/export/v2");
        List<ArchiveService.Entry> entries = new ArrayList<>();
        to.archives().importArchive(file("v2.jsonl", v2.getBytes(StandardCharsets.UTF_8)), entries::add);
        assertThat(entries).extracting(ArchiveService.Entry::outcome).containsOnly(ArchiveService.Outcome.IMPORTED)
                .hasSize(3);
        for (Run original : runs.subList(0, 3)) {
            assertThat(to.measures(original.id())).isEqualTo(MeasureSet.empty());
            assertThat(stored(target, to.find(original.id()).orElseThrow())).isEqualTo(stored(source, original));
        }
    }

    @Test
    void acknowledgedChangesTravelWithTheirRunThroughArchivesAndPushAndOlderArchivesStillImport() throws IOException {
        List<Run> runs = fourRuns();
        Run first = runs.get(0);
        from.acknowledgements().acknowledge(first, io.lightwaveos.bench.metric.Metric.AVG_TOTAL_US,
                "DSP rework: +6 % on purpose");
        from.acknowledgements().acknowledge(first, io.lightwaveos.bench.metric.Metric.PEAK_TOTAL_US, "same rework");
        byte[] archive = export(from, RunSelection.ALL, new ArrayList<>());
        String line = new String(archive, StandardCharsets.UTF_8).split("\n")[1];
        assertThat(line).contains("\"acknowledged\":[{\"metric\":\"avg_total_us\",\"reason\":\"DSP rework: +6 % on purpose\"");
        assertThat(new String(archive, StandardCharsets.UTF_8).split("\n")[2]).as("a run without acknowledgements")
                .doesNotContain("acknowledged");

        to.archives().importArchive(file("acks.jsonl", archive), e -> { });
        assertThat(to.acknowledgements().of(first.id())).isEqualTo(from.acknowledgements().of(first.id()));
        assertThat(export(to, RunSelection.ALL, new ArrayList<>())).as("re-export").isEqualTo(archive);

        // An ack added at the source since: importing the same runs again adds it and changes nothing else.
        from.acknowledgements().acknowledge(runs.get(1), io.lightwaveos.bench.metric.Metric.AVG_TOTAL_US, "later");
        List<ArchiveService.Entry> again = new ArrayList<>();
        to.archives().importArchive(file("acks2.jsonl", export(from, RunSelection.ALL, new ArrayList<>())), again::add);
        assertThat(again).extracting(ArchiveService.Entry::outcome).containsOnly(ArchiveService.Outcome.ALREADY_PRESENT);
        assertThat(to.acknowledgements().list(null)).hasSize(3);

        // An archive written before acknowledgements existed (no "acknowledged" key) imports as before.
        try (RunStore third = RunStores.open(dir.resolve("third.db").toString())) {
            String old = new String(archive, StandardCharsets.UTF_8).replaceAll(",\"acknowledged\":\\[[^\\]]*\\]", "");
            assertThat(old).doesNotContain("acknowledged");
            RunService thirdRuns = new RunService(third);
            thirdRuns.archives().importArchive(file("old.jsonl", old.getBytes(StandardCharsets.UTF_8)), e -> { });
            assertThat(thirdRuns.list(RunSelection.ALL)).hasSize(3);
            assertThat(thirdRuns.acknowledgements().list(null)).isEmpty();
        }

        // push: a copied run keeps its acknowledgements.
        try (RunStore team = RunStores.open(dir.resolve("team.db").toString())) {
            RunService teamRuns = new RunService(team);
            new RunCopy(from, teamRuns).copy(from.list(RunSelection.ALL), e -> { });
            assertThat(teamRuns.acknowledgements().of(first.id())).isEqualTo(from.acknowledgements().of(first.id()));
            assertThat(teamRuns.acknowledgements().list(null)).hasSize(3);
        }
    }

    @Test
    void aRunInTheStoreWithOtherMeasuresConflicts() throws IOException {
        List<Run> runs = fourRuns();
        Path archive = file("a.jsonl", export(from, RunSelection.ALL, new ArrayList<>()));
        to.archives().importArchive(archive, e -> { });
        to.saveMeasures(runs.get(1).id(), MeasureSet.builder("harness").report("boot_ms", 412, "ms").build());
        List<ArchiveService.Entry> entries = new ArrayList<>();
        to.archives().importArchive(archive, true, entries::add);
        assertThat(entries).extracting(e -> e.run().name() + " " + e.outcome() + " " + e.difference())
                .containsExactly("first ALREADY_PRESENT null",
                        "second CONFLICTING measures: 0 in the archive, 1 in the store",
                        "third ALREADY_PRESENT null");
    }

    @Test
    void anAcknowledgementWithoutAReasonRefusesTheArchiveNamingTheLine() throws IOException {
        fourRuns();
        String text = new String(export(from, RunSelection.ALL, new ArrayList<>()), StandardCharsets.UTF_8);
        String bad = text.replaceFirst("\"events\":", "\"acknowledged\":[{\"metric\":\"avg_total_us\","
                + "\"acknowledged_at\":\"2026-11-20T09:00:00Z\"}],\"events\":");
        Path f = file("bad.jsonl", bad.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> to.archives().importArchive(f, e -> { })).isInstanceOf(ImportException.class)
                .hasMessageContaining("line 2").hasMessageContaining("run.acknowledged[0].reason");
        assertThat(to.list(RunSelection.ALL)).isEmpty();
    }
}

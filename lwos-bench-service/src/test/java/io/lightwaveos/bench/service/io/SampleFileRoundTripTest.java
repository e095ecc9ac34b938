package io.lightwaveos.bench.service.io;

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
import io.lightwaveos.bench.run.RunContext;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunEvent;
import io.lightwaveos.bench.run.RunQuality;
import io.lightwaveos.bench.run.Vcs;
import io.lightwaveos.bench.run.Workload;
import io.lightwaveos.bench.run.RunStatus;
import io.lightwaveos.bench.run.Sample;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SampleFileRoundTripTest {

    static List<Sample> samples(int n, boolean withExtended, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>();
        long t0 = Sample.toMicros(Instant.parse("2026-11-26T10:00:00Z"));
        for (int i = 0; i < n; i++) {
            ExtendedFields x = null;
            if (withExtended && i % 10 == 0) {
                int[] hist = new int[8];
                for (int b = 0; b < 8; b++) {
                    hist[b] = r.nextInt(65536);
                }
                x = new ExtendedFields((float) r.nextDouble(10, 40), Float.intBitsToFloat(0x00000001), 0xFFFF_FFFFL, 0, hist);
            }
            float avg = (float) r.nextDouble(100, 200);
            out.add(new Sample(i, t0 + i * 100_000L + r.nextInt(1000),
                    new BenchmarkFrame(1000L + 100L * i, avg, (float) r.nextDouble(60, 80), avg / 200f,
                            r.nextInt(65536), r.nextInt(65536), 0xFFFF_FFFFL - i, r.nextInt(65536),
                            Flags.of(r.nextInt(256)), 0, x)));
        }
        return out;
    }

    static ExportedRun run() {
        return new ExportedRun("0b7e5a52-9c3e-4c1e-8a53-7f1d2b6c9e01", "baseline \"quoted\", with comma", "desc",
                List.of("ci", "esp32"), "simulator", RunStatus.COMPLETE, Instant.parse("2026-11-26T10:00:00Z"),
                Instant.parse("2026-11-26T10:01:40.5Z"),
                new RunCounters(3, Map.of(RejectReason.BAD_LENGTH, 2L, RejectReason.NON_FINITE, 1L), 4, 9, 1, 0));
    }

    static byte[] export(SampleFormat f, ExportedRun run, List<Sample> samples) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SampleExporter.write(f, run, samples::forEach, out);
        return out.toByteArray();
    }

    static List<Sample> read(SampleFormat f, byte[] bytes, ExportedRun[] header) throws IOException {
        List<Sample> back = new ArrayList<>();
        ExportedRun h = SampleFileReader.read(f, new ByteArrayInputStream(bytes), back::add);
        if (header != null) {
            header[0] = h;
        }
        return back;
    }

    @ParameterizedTest
    @EnumSource(SampleFormat.class)
    void exportThenImportGivesEverySampleBackBitExactAndReExportIsByteIdentical(SampleFormat f) throws IOException {
        List<Sample> samples = samples(500, true, 1);
        byte[] first = export(f, run(), samples);
        ExportedRun[] header = new ExportedRun[1];
        List<Sample> back = read(f, first, header);
        assertThat(back).isEqualTo(samples);
        byte[] second = export(f, header[0] == null ? run() : header[0], back);
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        if (f == SampleFormat.JSON) {
            assertThat(header[0]).isEqualTo(run());
        } else {
            assertThat(header[0]).isNull();
        }
    }

    @ParameterizedTest
    @EnumSource(SampleFormat.class)
    void compactOnlyRunsLeaveTheExtendedColumnsEmpty(SampleFormat f) throws IOException {
        List<Sample> samples = samples(20, false, 2);
        String text = new String(export(f, run(), samples), StandardCharsets.UTF_8);
        if (f == SampleFormat.CSV) {
            assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("timestamp_utc,timestamp_ms,avg_total_us,"
                    + "avg_goertzel_us,peak_total_us,peak_goertzel_us,cpu_load_percent,hop_count,goertzel_count,flags,"
                    + "seq,avg_dc_agc_us,avg_chroma_us,goertzel_count_full,hist_0,hist_1,hist_2,hist_3,hist_4,hist_5,hist_6,hist_7");
            assertThat(text.lines().skip(1).findFirst().orElseThrow()).endsWith(",0,,,,,,,,,,,");
        } else {
            assertThat(text).contains("\"avg_dc_agc_us\":null");
        }
        assertThat(read(f, text.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(samples);
    }

    @org.junit.jupiter.api.Test
    void thePythonToolsCsvExportImports() throws IOException {
        String csv = """
                timestamp_utc,timestamp_ms,avg_total_us,avg_goertzel_us,peak_total_us,peak_goertzel_us,cpu_load_percent,hop_count,goertzel_count,flags
                2024-01-15T10:30:00.123456,1275129356,135.31112670898438,72.2655258178711,60719,3259,0.6765556335449219,1,0,131
                2024-01-15 10:30:00.223456+00:00,1275129456,155.73614501953125,76.589111328125,41429,2574,0.7786807417869568,5,2,2
                """;
        List<Sample> back = read(SampleFormat.CSV, csv.getBytes(StandardCharsets.UTF_8), null);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).seq()).isZero();
        assertThat(back.get(1).seq()).isEqualTo(1);
        assertThat(back.get(0).receivedAt()).isEqualTo(Instant.parse("2024-01-15T10:30:00.123456Z"));
        assertThat(back.get(1).receivedAt()).isEqualTo(Instant.parse("2024-01-15T10:30:00.223456Z"));
        assertThat(back.get(0).frame().avgTotalUs()).isEqualTo(135.31112670898438f);
        assertThat(back.get(0).frame().flags().raw()).isEqualTo(131);
        assertThat(back.get(0).frame().isExtended()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void badLinesAreNamedWithTheirLineNumberAndWhatWasWrong() {
        String header = "timestamp_utc,timestamp_ms,avg_total_us,avg_goertzel_us,peak_total_us,peak_goertzel_us,cpu_load_percent,hop_count,goertzel_count,flags\n";
        String good = "2024-01-15T10:30:00Z,1,1.5,1.5,1,1,0.5,1,1,0\n";
        assertThatThrownBy(() -> read(SampleFormat.CSV, (header + good + "2024-01-15T10:30:01Z,2,abc,1.5,1,1,0.5,1,1,0\n").getBytes(), null))
                .isInstanceOf(ImportException.class).hasMessage("line 3: avg_total_us: expected a number, got \"abc\"");
        assertThatThrownBy(() -> read(SampleFormat.CSV, (header + good + good.replace(",0\n", ",256\n")).getBytes(), null))
                .hasMessage("line 3: flags: expected 0 to 255, got 256");
        assertThatThrownBy(() -> read(SampleFormat.CSV, (header + "2024-01-15T10:30:00Z,1,NaN,1.5,1,1,0.5,1,1,0\n").getBytes(), null))
                .hasMessage("line 2: avg_total_us: expected a finite float32, got \"NaN\"");
        assertThatThrownBy(() -> read(SampleFormat.CSV, (header + "yesterday,1,1.5,1.5,1,1,0.5,1,1,0\n").getBytes(), null))
                .hasMessageStartingWith("line 2: timestamp_utc: expected an ISO-8601 time");
        assertThatThrownBy(() -> read(SampleFormat.CSV, (header + "2024-01-15T10:30:00Z,1,1.5\n").getBytes(), null))
                .hasMessage("line 2: expected 10 cells as in the header, got 3");
        assertThatThrownBy(() -> read(SampleFormat.CSV, "timestamp_utc,avg_total_us\n".getBytes(), null))
                .hasMessageStartingWith("line 1: missing required column(s) [timestamp_ms, avg_goertzel_us");
        assertThatThrownBy(() -> read(SampleFormat.CSV, new byte[0], null))
                .hasMessageStartingWith("line 1: expected a header row");
        assertThatThrownBy(() -> read(SampleFormat.JSONL, "{\"a\":1}\nnot json\n".getBytes(), null))
                .hasMessageStartingWith("line 1: missing required column(s)");
        assertThatThrownBy(() -> read(SampleFormat.JSON, "{\"schema\":\"other\",\"samples\":[]}".getBytes(), null))
                .hasMessage("expected \"schema\": \"lwos-bench/export/v3\" (or the older \"lwos-bench/export/v2\","
                        + " \"lwos-bench/export/v1\"), got \"other\"");
    }

    static ExportedRun fullRun() {
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        meta.put("operator", "ana");
        meta.put("z-first-in-order", "tab\tand \"quotes\"");
        RunContext context = new RunContext("bench-3",
                new DeviceInfo("2.1.0", 20100L, "ESP32-S3-DevKitC-1", "v5.1.4", "Actor System v2", "ESP32-S3", 0, 2,
                        240, 16_777_216L, 201_456L, -58),
                new Workload(7, "Ripple", 128, 10, 3), new Vcs("abc123", "main"),
                new CiBuild("github", "https://github.com/o/r/actions/runs/1"), meta);
        ExportedRun r = run();
        return new ExportedRun(r.id(), r.name(), r.description(), r.tags(), r.source(), RunStatus.INTERRUPTED,
                r.startedAt(), r.endedAt(), r.counters(), context,
                RunQuality.of(QualityReason.GAPS, QualityReason.SHORT, QualityReason.MIXED_WORKLOAD),
                List.of(new RunEvent(Instant.parse("2026-11-26T10:00:01.000001Z"), EventType.CONNECTED, "connected"),
                        new RunEvent(Instant.parse("2026-11-26T10:00:30Z"), EventType.GAP, "lost ~3 frames"),
                        new RunEvent(Instant.parse("2026-11-26T10:00:31.5Z"), EventType.WORKLOAD_CHANGED, "Ripple → Fire"),
                        new RunEvent(Instant.parse("2026-11-26T10:00:32Z"), EventType.DEVICE_MESSAGE, "")));
    }

    @org.junit.jupiter.api.Test
    void aJsonExportCarriesContextQualityAndEventsAndReadsThemBackExactly() throws IOException {
        List<Sample> samples = samples(50, true, 4);
        byte[] first = export(SampleFormat.JSON, fullRun(), samples);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"schema\":\"lwos-bench/export/v3\",\"run\":{\"id\":");
        assertThat(text).contains("\"context\":{\"rig\":\"bench-3\",\"device\":{\"firmware\":\"2.1.0\"",
                "\"quality\":[\"gaps\",\"mixed_workload\",\"short\"]",
                "\"events\":[{\"at\":\"2026-11-26T10:00:01.000001Z\",\"type\":\"connected\",\"detail\":\"connected\"}");
        ExportedRun[] header = new ExportedRun[1];
        assertThat(read(SampleFormat.JSON, first, header)).isEqualTo(samples);
        assertThat(header[0]).isEqualTo(fullRun());
        assertThat(header[0].context().meta()).containsExactly(Map.entry("operator", "ana"),
                Map.entry("z-first-in-order", "tab\tand \"quotes\""));
        assertThat(export(SampleFormat.JSON, header[0], samples)).isEqualTo(first);
    }

    @org.junit.jupiter.api.Test
    void aVersion1ExportStillReadsWithoutContextQualityOrEvents() throws IOException {
        String v1 = "{\"schema\":\"lwos-bench/export/v1\",\"run\":{\"id\":\"0b7e5a52-9c3e-4c1e-8a53-7f1d2b6c9e01\","
                + "\"name\":\"old\",\"description\":\"\",\"tags\":[\"a\"],\"source\":\"simulator\",\"status\":\"COMPLETE\","
                + "\"started_at\":\"2026-11-26T10:00:00.000000Z\",\"ended_at\":null,\"counters\":{\"frames_foreign\":1,"
                + "\"frames_malformed\":{\"BAD_LENGTH\":0,\"NON_FINITE\":0},\"gaps\":0,\"frames_lost_estimate\":0,"
                + "\"reconnects\":0,\"reboots\":0}},\"samples\":[\n"
                + new String(export(SampleFormat.JSONL, run(), samples(2, false, 5)), StandardCharsets.UTF_8)
                        .strip().replace("\n", ",\n") + "\n]}\n";
        ExportedRun[] header = new ExportedRun[1];
        assertThat(read(SampleFormat.JSON, v1.getBytes(StandardCharsets.UTF_8), header)).hasSize(2);
        assertThat(header[0].name()).isEqualTo("old");
        assertThat(header[0].counters().framesForeign()).isEqualTo(1);
        assertThat(header[0].context()).isEqualTo(RunContext.EMPTY);
        assertThat(header[0].quality()).isEqualTo(RunQuality.CLEAN);
        assertThat(header[0].events()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void badContextQualityAndEventValuesAreRefusedNamingTheField() throws IOException {
        String good = new String(export(SampleFormat.JSON, fullRun(), samples(2, false, 6)), StandardCharsets.UTF_8);
        String[][] cases = {
            {"\"chip_cores\":2", "\"chip_cores\":\"2\"",
                "line 1: run.context.device.chip_cores: expected a whole number from -2147483648 to 2147483647, got a string (\"2\")"},
            {"\"chip_cores\":2", "\"chip_cores\":4294967296",
                "line 1: run.context.device.chip_cores: expected a whole number from -2147483648 to 2147483647, got a number (4294967296)"},
            {"\"flash_size\":16777216", "\"flash_size\":1.5",
                "line 1: run.context.device.flash_size: expected a whole number from -9223372036854775808 to 9223372036854775807, got a number (1.5)"},
            {"\"meta\":{", "\"meta\":7,\"x\":{", "line 1: run.context.meta: expected an object, got a number (7)"},
            {"\"operator\":\"ana\"", "\"operator\":1", "line 1: run.context.meta.operator: expected a string, got a number (1)"},
            {"\"quality\":[\"gaps\",", "\"quality\":\"gaps\",\"x\":[",
                "line 1: run.quality: expected an array of reasons, got a string (\"gaps\")"},
            {"\"quality\":[\"gaps\"", "\"quality\":[\"slow\"",
                "line 1: run.quality: quality reason must be one of gaps, reboot, reconnects, stats_reset, mixed_workload, short, got \"slow\""},
            {"\"events\":[", "\"events\":{},\"x\":[", "line 1: run.events: expected an array of events, got an object"},
            {"\"type\":\"gap\"", "\"type\":\"boom\"", "line 1: run.events[1].type: unknown event type \"boom\""},
            {"\"at\":\"2026-11-26T10:00:30Z\"", "\"at\":\"never\"",
                "line 1: run.events[1].at: expected an ISO-8601 time like 2026-11-26T14:02:19.123456Z, got \"never\""},
            {"\"at\":\"2026-11-26T10:00:30Z\",", "", "line 1: run.events[1].at: expected a string, got none"},
            {"\"context\":{", "\"context\":[],\"x\":{", "line 1: run.context: expected an object, got an array"},
        };
        for (String[] c : cases) {
            assertThat(good).as(c[0]).contains(c[0]);
            byte[] doc = good.replace(c[0], c[1]).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> read(SampleFormat.JSON, doc, null)).as(c[1])
                    .isInstanceOf(ImportException.class).hasMessage(c[2]);
        }
    }

    @org.junit.jupiter.api.Test
    void partlyFilledExtendedColumnsAndDecreasingSeqAreRefused() throws IOException {
        List<Sample> samples = samples(3, true, 3);
        String csv = new String(export(SampleFormat.CSV, run(), samples), StandardCharsets.UTF_8);
        String[] lines = csv.split("\n");
        String broken = lines[0] + "\n" + lines[1].replaceFirst(",(\\d+)$", ",") + "\n";
        assertThatThrownBy(() -> read(SampleFormat.CSV, broken.getBytes(), null))
                .hasMessage("line 2: extended columns must be all filled (extended frame) or all empty (compact frame); found 10 of 11 filled");
        String swapped = lines[0] + "\n" + lines[3] + "\n" + lines[2] + "\n";
        assertThatThrownBy(() -> read(SampleFormat.CSV, swapped.getBytes(), null))
                .hasMessage("line 3: seq must increase; got 1 after 2");
    }

    static final MeasureSet MEASURES = MeasureSet.builder("native")
            .record("snr_db", new double[] {45.1, 45.3, -0.0, 0.1 + 0.2}, "dB", Direction.HIGHER_IS_BETTER)
            .report("buffer_size", 512, "")
            .add(Measure.of("hyperfine", "sleep 0.1; echo \"a:b\"", "s", Direction.LOWER_IS_BETTER, 0.1012))
            .build();

    @org.junit.jupiter.api.Test
    void aJsonExportCarriesTheRunsMeasuresAndReadsThemBackBitExact() throws IOException {
        List<Sample> samples = samples(20, false, 7);
        ExportedRun run = fullRun().withMeasures(MEASURES);
        byte[] first = export(SampleFormat.JSON, run, samples);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).contains("]},\"measures\":[{\"name\":\"snr_db\",\"suite\":\"native\",\"unit\":\"dB\","
                + "\"direction\":\"higher_is_better\",\"values\":[45.1,45.3,-0.0,0.30000000000000004]},"
                + "{\"name\":\"buffer_size\",\"suite\":\"native\",\"unit\":\"\",\"direction\":null,\"values\":[512.0]},");
        ExportedRun[] header = new ExportedRun[1];
        assertThat(read(SampleFormat.JSON, first, header)).isEqualTo(samples);
        assertThat(header[0]).isEqualTo(run);
        double[] snr = header[0].measures().get("native", "snr_db").orElseThrow().values();
        assertThat(Double.doubleToRawLongBits(snr[2])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(export(SampleFormat.JSON, header[0], samples)).isEqualTo(first);

        byte[] measuresOnly = export(SampleFormat.JSON, run, List.of());
        assertThat(read(SampleFormat.JSON, measuresOnly, header)).isEmpty();
        assertThat(header[0].measures()).isEqualTo(MEASURES);
    }

    @org.junit.jupiter.api.Test
    void aVersion2ExportStillReadsAsARunWithoutMeasures() throws IOException {
        String v3 = new String(export(SampleFormat.JSON, fullRun(), samples(3, false, 8)), StandardCharsets.UTF_8);
        String v2 = v3.replace("lwos-bench/export/v3", "lwos-bench/export/v2").replace(",\"measures\":[]", "");
        assertThat(v2).doesNotContain("measures");
        ExportedRun[] header = new ExportedRun[1];
        assertThat(read(SampleFormat.JSON, v2.getBytes(StandardCharsets.UTF_8), header)).hasSize(3);
        assertThat(header[0]).isEqualTo(fullRun());
        assertThat(header[0].measures()).isEqualTo(MeasureSet.empty());
    }

    @org.junit.jupiter.api.Test
    void badMeasuresAreRefusedNamingTheMeasureAndTheField() throws IOException {
        String good = new String(export(SampleFormat.JSON, fullRun().withMeasures(MEASURES), samples(2, false, 9)),
                StandardCharsets.UTF_8);
        String[][] cases = {
            {"\"values\":[45.1,", "\"values\":[null,", "line 1: measures[0].values[0]: expected a finite number, got null"},
            {"\"values\":[512.0]", "\"values\":[]", "line 1: measures[1].values: expected an array of at least one number, got an empty array"},
            {"\"suite\":\"native\",\"unit\":\"dB\"", "\"suite\":\"Native Suite\",\"unit\":\"dB\"",
                "line 1: measures[0]: a suite must be 1 to 40 lower-case letters, digits, _ or -, starting with a letter or digit; got \"Native Suite\""},
            {"\"name\":\"buffer_size\",", "\"name\":\"buffer_size\",\"colour\":\"red\",",
                "line 1: measures[1]: unknown field \"colour\"; a measure has name, suite, unit, direction, values"},
            {"\"name\":\"buffer_size\",", "", "line 1: measures[1].name: expected a string, got none"},
            {"\"measures\":[", "\"measures\":[7,", "line 1: measures[0]: expected a measure object, got a number"},
            {"\"measures\":[", "\"measures\":{},\"x\":[", "line 1: expected an array of measures, got"},
        };
        for (String[] c : cases) {
            assertThat(good).as(c[0]).contains(c[0]);
            byte[] doc = good.replace(c[0], c[1]).getBytes(StandardCharsets.UTF_8);
            assertThatThrownBy(() -> read(SampleFormat.JSON, doc, null)).as(c[1])
                    .isInstanceOf(ImportException.class).hasMessageStartingWith(c[2]);
        }
    }
}

package io.lightwaveos.bench.service.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import io.lightwaveos.bench.frame.ExtendedFields;
import io.lightwaveos.bench.frame.Flags;
import io.lightwaveos.bench.frame.RejectReason;
import io.lightwaveos.bench.run.RunCounters;
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
                .hasMessage("expected \"schema\": \"lwos-bench/export/v1\", got \"other\"");
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
}

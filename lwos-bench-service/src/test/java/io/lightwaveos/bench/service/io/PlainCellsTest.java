package io.lightwaveos.bench.service.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.Sample;
import io.lightwaveos.bench.run.SampleColumn;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reading of plain cells must give exactly what reading them as text gives
 * ({@link SampleRows}), and must take every form {@code export} writes.
 */
class PlainCellsTest {

    private static long floatBits(String s) {
        return PlainCells.floatBits(s.toCharArray(), 0, s.length());
    }

    private static long micros(String s) {
        return PlainCells.micros(s.toCharArray(), 0, s.length());
    }

    /** What the text reader makes of a float cell: its bits, or null when it refuses it. */
    private static Long textFloatBits(String s) {
        String row = "2024-01-15T10:30:00Z,1," + s + ",1.5,1,1,0.5,1,1,0";
        Map<SampleColumn, String> cells = cells(row);
        try {
            return (long) Float.floatToRawIntBits(SampleRows.fromRow(cells::get, 0).frame().avgTotalUs());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<SampleColumn, String> cells(String row) {
        Map<SampleColumn, String> cells = new EnumMap<>(SampleColumn.class);
        String[] parts = row.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            cells.put(SampleColumn.all().get(i), parts[i]);
        }
        return cells;
    }

    @Test
    void everyFloatExportWritesIsPlainAndReadsToTheSameBits() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 50_000; i++) {
            float f = switch (i % 4) {
                case 0 -> (float) (100 + 100 * r.nextDouble());
                case 1 -> (float) r.nextDouble();
                case 2 -> (float) (r.nextDouble() * 5000);
                default -> Float.intBitsToFloat(r.nextInt()) ;
            };
            if (!Float.isFinite(f)) {
                continue;
            }
            String text = new BigDecimal(Float.toString(f)).toPlainString();
            long bits = floatBits(text);
            if (Math.abs(f) >= 1e-3 && Math.abs(f) < 1e6) {
                assertThat(bits).as(text).isNotEqualTo(PlainCells.NOT_PLAIN);
            }
            if (bits != PlainCells.NOT_PLAIN) {
                assertThat(bits).as(text).isEqualTo(Float.floatToRawIntBits(f) & 0xFFFF_FFFFL);
                assertThat(bits).as(text).isEqualTo(textFloatBits(text) & 0xFFFF_FFFFL);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"150.5", "-150.5", "+150.5", "0", "-0", "-0.0", "007.25", "5.", ".5", "-.5", "0.000001",
        "1.00000000000000000000", "123456789012345678", "1234567890123456789", "9007199254740993", "16777217",
        "0.1", "3.4028235", "340282350000000000000000000000000000000", "1e2", "1.5E3", "", ".", "-", "+", "1..2",
        "1,5", " 1.5", "1.5 ", "0x10", "NaN", "Infinity", "1.5f", "١٢"})
    void aFloatCellIsEitherNotPlainOrReadAsTheTextReaderReadsIt(String text) {
        long bits = floatBits(text);
        if (bits != PlainCells.NOT_PLAIN) {
            assertThat(textFloatBits(text)).as(text).isNotNull();
            assertThat(bits).as(text).isEqualTo(textFloatBits(text) & 0xFFFF_FFFFL);
        }
    }

    @Test
    void wholeNumbersAreReadWithinTheirRangeOnly() {
        assertThat(PlainCells.whole("255".toCharArray(), 0, 3, 255)).isEqualTo(255);
        assertThat(PlainCells.whole("256".toCharArray(), 0, 3, 255)).isEqualTo(PlainCells.NOT_PLAIN);
        assertThat(PlainCells.whole("007".toCharArray(), 0, 3, 255)).isEqualTo(7);
        for (String notPlain : new String[] {"", "-1", "+1", "1.0", "1e3", " 1", "0x10", "1234567890123456789"}) {
            assertThat(PlainCells.whole(notPlain.toCharArray(), 0, notPlain.length(), Long.MAX_VALUE)).as(notPlain)
                    .isEqualTo(PlainCells.NOT_PLAIN);
        }
    }

    @Test
    void everyTimeExportWritesIsPlainAndReadsToTheSameMicroseconds() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 20_000; i++) {
            long micros = r.nextLong(-30_000_000_000_000_000L, 250_000_000_000_000_000L);
            Instant t = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
            String text = SampleRows.formatTimestamp(t);
            assertThat(micros(text)).as(text).isEqualTo(micros);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-01-15T10:30:00Z", "2024-01-15T10:30:00", "2024-01-15 10:30:00", "2024-01-15T10:30:00.1Z",
        "2024-01-15T10:30:00.123456789Z", "2024-01-15T10:30:00.1234567891Z", "2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z",
        "2024-04-31T00:00:00Z", "2024-13-01T00:00:00Z", "2024-01-15T24:00:00Z", "2024-01-15T10:60:00Z",
        "2024-01-15T10:30:60Z", "2024-01-15T10:30Z", "2024-01-15T10:30:00.Z", "2024-01-15T10:30:00+01:00",
        "2024-01-15T10:30:00.5+00:00", "2024-01-15t10:30:00Z", "2024-01-15T10:30:00z", "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59.999999Z", "+2024-01-15T10:30:00Z", " 2024-01-15T10:30:00Z", "2024-1-15T10:30:00Z", "yesterday"})
    void aTimeCellIsEitherNotPlainOrReadAsTheTextReaderReadsIt(String text) {
        long micros = micros(text);
        if (micros != PlainCells.NOT_PLAIN) {
            assertThat(micros).as(text).isEqualTo(Sample.toMicros(SampleRows.parseTimestamp(text)));
        }
    }

    @Test
    void rowsOfEveryKindReadTheSameThroughTheFastAndTheTextPath() throws Exception {
        String header = String.join(",", SampleColumn.all().stream().map(SampleColumn::header).toList());
        List<String> rows = List.of(
                "2026-12-07T03:10:21.764756Z,4099680,141.30441,71.56675,196,92,0.70652205,204989,36851,2,0,,,,,,,,,,,",
                "2026-12-07T03:10:21.765093Z,4099780,140.83418,70.80402,196,92,0.7041709,204994,36853,2,1,12.5,30.25,7,1,2,3,4,5,6,7,8",
                "2026-12-07 03:10:22,4099880, 140.5 ,70.8,196,92,0.7,204994,36853,2,,,,,,,,,,,,",
                "2026-12-07T03:10:22Z,4099980,1.405e2,70.8,196,92,0.7,204994,36853,2,5,,,,,,,,,,,",
                "2026-12-07T03:10:23+00:00,4100080,\"140.5\",70.8,196,92,0.7,204994,36853,2,6,,,,,,,,,,,");
        List<Sample> read = new ArrayList<>();
        String csv = header + "\n" + String.join("\n", rows) + "\n";
        SampleFileReader.read(SampleFormat.CSV, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), read::add);
        assertThat(read).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Map<SampleColumn, String> cells = cells(rows.get(i).replace("\"", ""));
            assertThat(read.get(i)).as(rows.get(i)).isEqualTo(SampleRows.fromRow(cells::get, i));
        }
    }
}

package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class EspIdfLogReaderTest {

    @Test
    void readsPerformanceLinesAsRepeatsInLogOrder() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.ESP_IDF_LOG, "esp-idf-performance.log");
        assertThat(r.measures().measures()).extracting(Measure::name).containsExactly(
                "spi_per_trans_no_polling", "spi_per_trans_polling", "flash_read_speed", "ringbuf_send_recv_us");
        Measure polling = r.measures().get("esp-idf", "spi_per_trans_polling").orElseThrow();
        assertThat(polling.values()).containsExactly(18, 17);
        assertThat(polling.unit()).isEqualTo("us");
        assertThat(polling.direction()).contains(Direction.LOWER_IS_BETTER);
        Measure flash = r.measures().get("esp-idf", "flash_read_speed").orElseThrow();
        assertThat(flash.unit()).as("colour codes around the line are dropped").isEqualTo("MB/s");
        assertThat(flash.direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(r.tests()).extracting(TestOutcome::name).containsExactly("spi master performance", "flash read speed");
    }

    @Test
    void aValueWithoutUnitIsACount() {
        ReadResult r = Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log", "[Performance][alloc_count]: 12\n");
        assertThat(r.measures().get("esp-idf", "alloc_count").orElseThrow().unit()).isEmpty();
    }

    @Test
    void badPerformanceLinesAreRefusedNamingTheLine() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log", "boot\n[Performance][spi]: nan us\n"))
                .hasMessage("idf.log:2: [Performance][spi]: expected a finite number, got \"nan\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log", "[Performance][spi] 18 us\n"))
                .hasMessage("idf.log:1: expected [Performance][NAME]: VALUE UNIT, got \"[Performance][spi] 18 us\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log",
                "[Performance][spi]: 18 us\n[Performance][spi]: 0.02 ms\n"))
                .hasMessageStartingWith("idf.log:2: [Performance][spi]: esp-idf:spi: recorded in \"us\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log", "[Performance][]: 18 us\n"))
                .hasMessageStartingWith("idf.log:1: [Performance][]: a measure name must not be empty");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log", "[Performance][x]: 1e999 us\n"))
                .hasMessageContaining("values must be finite numbers");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log", "I (31) boot: nothing\n"))
                .hasMessageStartingWith("idf.log: found no measure");
    }

    @Test
    void namesWithControlCharactersOrOver200CharactersAreRefused() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log", "[Performance][a\u0007b]: 1 us\n"))
                .hasMessage("idf.log:1: [Performance][a\\x07b]: a measure name must not hold control characters, got \"a\\x07b\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.ESP_IDF_LOG, "idf.log", "[Performance][" + "n".repeat(201) + "]: 1 us\n"))
                .hasMessageContaining("a measure name must be at most 200 characters, got 201");
    }
}

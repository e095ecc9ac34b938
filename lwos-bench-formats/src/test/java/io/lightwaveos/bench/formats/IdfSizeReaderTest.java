package io.lightwaveos.bench.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lightwaveos.bench.metric.Direction;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class IdfSizeReaderTest {

    @Test
    void readsEveryFootprintNumberUnderItsOwnName() throws IOException {
        ReadResult r = Fixtures.read(ResultFormat.IDF_SIZE, "idf-size.json");
        assertThat(r.measures().size()).isEqualTo(30);
        assertThat(r.measures().get("idf-size", "total_size").orElseThrow().values()).containsExactly(323236);
        assertThat(r.measures().get("idf-size", "used_diram").orElseThrow().unit()).isEqualTo("bytes");
        assertThat(r.measures().get("idf-size", "flash_code").orElseThrow().direction()).contains(Direction.LOWER_IS_BETTER);
        assertThat(r.measures().get("idf-size", "diram_remain").orElseThrow().direction()).contains(Direction.HIGHER_IS_BETTER);
        assertThat(r.measures().get("idf-size", "diram_total").orElseThrow().gated()).isFalse();
        assertThat(r.measures().get("idf-size", "used_diram_ratio").orElseThrow().unit()).isEmpty();
    }

    @Test
    void badSizesAreRefused() {
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.IDF_SIZE, "size.json", "{\"total_size\": -1}"))
                .hasMessage("size.json:1: total_size: expected a whole number of bytes, got -1");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.IDF_SIZE, "size.json", "{\"total_size\": 10.5}"))
                .hasMessage("size.json:1: total_size: expected a whole number of bytes, got 10.5");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.IDF_SIZE, "size.json", "{\n\"total_size\": 1,\n\"target\": \"esp32s3\"}"))
                .hasMessage("size.json:3: target: expected a size in bytes, got the string \"esp32s3\"");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.IDF_SIZE, "size.json", "{\"image\": 1}"))
                .hasMessageStartingWith("size.json:1: expected idf.py size's summary with keys such as total_size");
        assertThatThrownBy(() -> Fixtures.text(ResultFormat.IDF_SIZE, "size.json", "{\"total_size\": 1,"))
                .hasMessageStartingWith("size.json:1: unreadable JSON");
    }
}

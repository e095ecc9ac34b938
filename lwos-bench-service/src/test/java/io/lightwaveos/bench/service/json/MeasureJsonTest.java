package io.lightwaveos.bench.service.json;

import static io.lightwaveos.bench.service.json.JsonAssertions.assertStrictJson;
import static io.lightwaveos.bench.service.json.JsonAssertions.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lightwaveos.bench.analysis.Summary;
import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.metric.Direction;
import io.lightwaveos.bench.run.Run;
import io.lightwaveos.bench.run.RunCounters;
import io.lightwaveos.bench.run.RunStatus;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasureJsonTest {

    private static final Measure SNR = Measure.of("native", "snr_db", "dB", Direction.HIGHER_IS_BETTER, 45.1, 45.3, 45.2);
    private static final Measure RATE = Measure.of("native", "sample_rate_hz", "Hz", null, 44100);

    @Test
    void showListsEachMeasureWithItsValuesAndTheSummaryOfThem() throws Exception {
        Map<Measure, Summary> measures = new LinkedHashMap<>();
        measures.put(SNR, Summary.of(SNR.values()));
        measures.put(RATE, Summary.of(RATE.values()));
        Run run = new Run(UUID.randomUUID(), "native", "", Set.of(), "import:log", Instant.EPOCH, Instant.EPOCH,
                RunStatus.COMPLETE, 0, RunCounters.ZERO, Map.of(), Map.of());
        ObjectNode doc = RunJson.toJson(run, Map.of(), List.of(), measures);
        assertThat(keys(doc)).containsSubsequence("sample_count", "stats", "measures", "events");
        JsonNode snr = doc.get("measures").get(0);
        assertThat(keys(snr)).containsExactly("name", "suite", "unit", "direction", "values", "summary");
        assertThat(snr.get("name").asText()).isEqualTo("snr_db");
        assertThat(snr.get("suite").asText()).isEqualTo("native");
        assertThat(snr.get("direction").asText()).isEqualTo("higher_is_better");
        assertThat(snr.get("values").toString()).isEqualTo("[45.1,45.3,45.2]");
        assertThat(snr.get("summary").get("n").asInt()).isEqualTo(3);
        assertThat(snr.get("summary").get("min").asDouble()).isEqualTo(45.1);
        JsonNode rate = doc.get("measures").get(1);
        assertThat(rate.get("direction").isNull()).isTrue();
        assertThat(rate.get("summary").get("std").isNull()).as("one value: no spread").isTrue();
        assertStrictJson(doc);
        assertThat(keys(RunJson.toJson(run, Map.of(), List.of()))).as("without measures, as before")
                .doesNotContain("measures");
    }

    @Test
    void aMeasureReadsBackExactlyWithOrWithoutItsSummary() {
        assertThat(MeasureJson.read(MeasureJson.toJson(SNR), "m")).isEqualTo(SNR);
        assertThat(MeasureJson.read(MeasureJson.toJson(RATE, Summary.of(RATE.values())), "m")).isEqualTo(RATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\":\"x\",\"suite\":\"s\",\"unit\":\"\",\"direction\":null}|m.values: expected an array of at least one number, got none",
        "{\"name\":\"x\",\"suite\":\"s\",\"unit\":\"\",\"direction\":null,\"values\":[1,\"2\"]}|m.values[1]: expected a finite number, got a string (\"2\")",
        "{\"name\":\"x\",\"suite\":\"s\",\"unit\":\"\",\"values\":[1]}|m.direction: expected a string or null, got none",
        "{\"name\":\"x\",\"suite\":\"s\",\"unit\":3,\"direction\":null,\"values\":[1]}|m.unit: expected a string, got a number (3)",
        "{\"name\":\"\",\"suite\":\"s\",\"unit\":\"\",\"direction\":null,\"values\":[1]}|m: a measure name must not be empty",
        "[1]|m: expected a measure object, got an array",
    })
    void badMeasuresAreRefusedNamingTheField(String caseText) throws Exception {
        String[] c = caseText.split("\\|");
        JsonNode node = Json.mapper().readTree(c[0]);
        assertThatThrownBy(() -> MeasureJson.read(node, "m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(c[1]);
    }
}

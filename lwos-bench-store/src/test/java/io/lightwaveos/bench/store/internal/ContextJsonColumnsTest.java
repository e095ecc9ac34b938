package io.lightwaveos.bench.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lightwaveos.bench.run.RunContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ContextJson.Columns#context()}: the context a history entry carries, read without any JSON. */
class ContextJsonColumnsTest {

    @Test
    void theColumnsAloneGiveWhatReadingThemWithNoJsonGives() {
        List<String> values = Arrays.asList(null, "", "  ", "bench-1", " padded ", "x".repeat(300), "µs\tctl\u0007");
        List<ContextJson.Columns> cases = new ArrayList<>();
        for (String a : values) {
            for (String b : values) {
                cases.add(new ContextJson.Columns(a, b, a, b, a));
                cases.add(new ContextJson.Columns(b, a, b, a, b));
            }
        }
        for (ContextJson.Columns columns : cases) {
            RunContext direct = columns.context();
            assertThat(direct).as("%s", columns).isEqualTo(ContextJson.read(columns, null));
            assertThat(ContextJson.Columns.of(direct)).as("%s", columns).isEqualTo(ContextJson.Columns.of(ContextJson.read(columns, null)));
        }
    }
}

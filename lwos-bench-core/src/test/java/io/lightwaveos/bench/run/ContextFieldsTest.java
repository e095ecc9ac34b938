package io.lightwaveos.bench.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The context field list: what a writer is given is what a reader needs to rebuild the context. */
class ContextFieldsTest {

    private static final RunContext FULL = new RunContext("bench-1",
            new DeviceInfo("2.0.0", 20000L, "DevKitC", "v5.1.4", "Actor System v2", "ESP32-S3", 0, 2, 240,
                    16_777_216L, 201_456L, -58),
            new Workload(7, "Ripple", 128, 10, 3), new Vcs("abc123", "feature/x", 17L, "main"),
            new CiBuild("github", "https://ci/1"), Map.of("operator", "ana"));

    @Test
    void everyFieldWrittenReadsBackToTheSameContext() {
        Map<String, Object> written = new LinkedHashMap<>();
        ContextFields.write(FULL, f -> true, new ContextFields.Writer() {
            @Override
            public void beginGroup(String group) {
            }

            @Override
            public void value(ContextFields.Field field, Object value) {
                written.put(field.toString(), value);
            }

            @Override
            public void endGroup() {
            }

            @Override
            public void meta(Map<String, String> meta) {
                written.put(ContextFields.META, meta);
            }
        });
        RunContext read = ContextFields.read(new ContextFields.Source() {
            @Override
            public String text(ContextFields.Field field) {
                return (String) written.get(field.toString());
            }

            @Override
            public Long whole(ContextFields.Field field) {
                Number n = (Number) written.get(field.toString());
                return n == null ? null : n.longValue();
            }

            @SuppressWarnings("unchecked")
            @Override
            public Map<String, String> meta() {
                return (Map<String, String>) written.get(ContextFields.META);
            }
        });
        assertThat(read).isEqualTo(FULL);
        assertThat(written).hasSize(ContextFields.all().size() + 1);
    }

    @Test
    void groupsComeInDocumentOrderAndEmptyOnesAreLeftOut() {
        List<String> events = new ArrayList<>();
        ContextFields.write(FULL, f -> !ContextFields.VCS.equals(f.group()) && f != ContextFields.RIG,
                new ContextFields.Writer() {
                    @Override
                    public void beginGroup(String group) {
                        events.add(group);
                    }

                    @Override
                    public void value(ContextFields.Field field, Object value) {
                    }

                    @Override
                    public void endGroup() {
                    }

                    @Override
                    public void meta(Map<String, String> meta) {
                        events.add(ContextFields.META);
                    }
                });
        assertThat(events).containsExactly("device", "workload", "ci", "meta");
    }
}

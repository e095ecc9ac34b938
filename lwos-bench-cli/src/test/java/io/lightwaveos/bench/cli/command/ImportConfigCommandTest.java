package io.lightwaveos.bench.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lightwaveos.bench.cli.CliRunner;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.TempStore;
import io.lightwaveos.bench.cli.SampleCsv;
import org.junit.jupiter.api.Test;

/**
 * {@code import FILE --format F --config lwos-bench.yml} (SPEC §14 "Declared measures"): declared
 * units and directions replace the importer's, a contradiction is said in one note line, an
 * undeclared measure keeps the importer's, and a bad config stores nothing.
 */
class ImportConfigCommandTest extends TempStore {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String RESULTS = """
            {"snr_db": 44.1, "latency_ms": 8.4, "cpu_load_percent": 34.8, "buffer_size": 512}
            """;


    private JsonNode measure(String run, String name) throws Exception {
        CliRunner.Result show = CliRunner.run("--db", db(), "show", run, "--format", "json");
        assertThat(show.exitCode()).as(show.toString()).isEqualTo(ExitCode.OK);
        for (JsonNode m : MAPPER.readTree(show.out()).path("measures")) {
            if (m.path("name").asText().equals(name)) {
                return m;
            }
        }
        throw new AssertionError("run " + run + " has no measure " + name + ": " + show.out());
    }

    @Test
    void declaredUnitsAndDirectionsReplaceTheImportersAndAContradictionIsSaid() throws Exception {
        String config = file("lwos-bench.yml", """
                name: audio
                measures:
                  snr_db: {unit: dBFS}
                  buffer_size: {unit: samples, direction: higher}
                """);
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file("r.json", RESULTS), "--format", "lwos-json",
                "--run-name", "declared", "--config", config);
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.err().lines().toList()).containsExactly("note: native:snr_db: " + config
                + ":3 declares unit dBFS where the file says dB; stored as declared");

        assertThat(measure("declared", "snr_db").path("unit").asText()).isEqualTo("dBFS");
        assertThat(measure("declared", "snr_db").path("direction").asText()).isEqualTo("higher_is_better");
        assertThat(measure("declared", "buffer_size").path("unit").asText()).isEqualTo("samples");
        assertThat(measure("declared", "buffer_size").path("direction").asText()).isEqualTo("higher_is_better");
        assertThat(measure("declared", "latency_ms").path("unit").asText()).as("undeclared: the importer's").isEqualTo("ms");
    }

    @Test
    void withoutAConfigTheImportersUnitsStay() throws Exception {
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file("r.json", RESULTS), "--format", "lwos-json",
                "--run-name", "plain");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCode.OK);
        assertThat(r.err()).isEmpty();
        assertThat(measure("plain", "snr_db").path("unit").asText()).isEqualTo("dB");
        assertThat(measure("plain", "buffer_size").path("direction").isNull()).isTrue();
    }

    @Test
    void anUnknownKeyIsAUsageErrorNamingKeyAndLineAndNothingIsImported() throws Exception {
        String config = file("lwos-bench.yml", "measures:\n  snr_db: {unit: dB, dirction: higher}\n");
        CliRunner.Result r = CliRunner.run("--db", db(), "import", file("r.json", RESULTS), "--format", "lwos-json",
                "--config", config);
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains(config + ":2: unknown key \"dirction\" in measures.snr_db");
        assertThat(r.out()).isEmpty();
        CliRunner.Result list = CliRunner.run("--db", db(), "list-runs", "--format", "json");
        assertThat(MAPPER.readTree(list.out())).isEmpty();

        CliRunner.Result missing = CliRunner.run("--db", db(), "import", file("r.json", RESULTS), "--format", "lwos-json",
                "--config", dir.resolve("nope.yml").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("nope.yml");
    }

    @Test
    void aConfigGoesWithResultFormatsOnly() throws Exception {
        String csv = file("a.csv", SampleCsv.synthetic(50, 150, 1));
        String config = file("lwos-bench.yml", "name: audio\n");
        CliRunner.Result r = CliRunner.run("--db", db(), "import", csv, "--config", config);
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--config declares measures; it goes with a result --format");
    }
}

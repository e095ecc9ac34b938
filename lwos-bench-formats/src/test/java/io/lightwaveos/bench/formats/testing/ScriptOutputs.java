package io.lightwaveos.bench.formats.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * What LightwaveOS' {@code detect_regressions.py} printed, recorded in an {@code expected.json} beside
 * its cases (a list of {@code {"case", "baseline", "results": [[key, severity, change_percent,
 * message]..], "overall", "exit", "exit_fail_on_warning"}}): the parity tests of the formats module
 * and of the CLI read them through here. Test jar only.
 *
 * @param dir the folder holding {@code expected.json}, {@code cases/} and the baselines
 */
public record ScriptOutputs(Path dir) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The outputs whose {@code expected.json} is the class-path resource {@code expectedJson}
     * ({@code /regression/expected.json}).
     */
    public static ScriptOutputs of(String expectedJson) {
        URL url = ScriptOutputs.class.getResource(expectedJson);
        if (url == null) {
            throw new IllegalStateException("no resource " + expectedJson + " on the class path");
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return new ScriptOutputs(Path.of(uri).getParent());
            }
            // In a test jar (a module that runs another's tests from its jar): the files are handed to
            // commands as paths, so the folder is copied out first.
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                Path from = jar.provider().getPath(uri).getParent();
                Path to = Files.createTempDirectory("script-outputs");
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path f : files.toList()) {
                        Path target = to.resolve(from.relativize(f).toString());
                        if (Files.isDirectory(f)) {
                            Files.createDirectories(target);
                        } else {
                            Files.copy(f, target);
                        }
                    }
                }
                return new ScriptOutputs(to);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every recorded case, in file order. */
    public List<JsonNode> cases() {
        try {
            List<JsonNode> out = new ArrayList<>();
            MAPPER.readTree(dir.resolve("expected.json").toFile()).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases as a parameterised test's arguments: the case's name, then its node. */
    public Stream<Arguments> arguments() {
        return cases().stream().map(c -> Arguments.of(c.get("case").asText(), c));
    }

    /** A results file of a case: {@code cases/NAME.json}. */
    public Path caseFile(String name) {
        return dir.resolve("cases").resolve(name + ".json");
    }

    /** A float as Python's repr writes it ({@code inf}, {@code -inf}, {@code 12.5}). */
    public static double python(String repr) {
        return switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(repr);
        };
    }
}

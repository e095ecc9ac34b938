package io.lightwaveos.bench.service.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link GitAncestry} on a real repository: main with three commits, a branch off the second. */
class GitAncestryTest {

    @TempDir
    Path repo;
    List<String> main = new ArrayList<>();
    String feature;

    @BeforeEach
    void repository() throws Exception {
        git("init", "-q", "-b", "main");
        for (int i = 0; i < 3; i++) {
            main.add(commit("main " + i));
        }
        git("checkout", "-q", "-b", "feature", main.get(1));
        feature = commit("feature work");
        git("checkout", "-q", "main");
    }

    @Test
    void theMergeBaseAndItsAncestorsAreFoundAbbreviatedOrNot() {
        GitAncestry git = new GitAncestry(repo);
        assertThat(git.mergeBase(feature, "main")).contains(main.get(1));
        List<String> candidates = List.of(main.get(0).substring(0, 7), main.get(1), main.get(2).substring(0, 12),
                feature, "abc", "zzzzzzzz");
        assertThat(git.ancestorsOrEqual(main.get(1), candidates)).hasValueSatisfying(set ->
                assertThat(set).containsExactlyInAnyOrder(main.get(0).substring(0, 7), main.get(1)));
        assertThat(git.ancestorsOrEqual(main.get(1).substring(0, 8).toUpperCase(), candidates)).isPresent();
    }

    @Test
    void gitThatCannotTellSaysSo() throws IOException {
        GitAncestry git = new GitAncestry(repo);
        assertThat(git.ancestorsOrEqual("deadbeefdeadbeef", List.of(main.get(0)))).as("an unknown commit").isEmpty();
        assertThat(git.ancestorsOrEqual("--all", List.of(main.get(0)))).as("never an option").isEmpty();
        assertThat(git.mergeBase(feature, "--output=/tmp/x")).isEmpty();
        Path plain = Files.createDirectories(repo.resolveSibling(repo.getFileName() + "-plain"));
        assertThat(new GitAncestry(plain).ancestorsOrEqual(main.get(1), List.of(main.get(0)))).as("no checkout").isEmpty();
    }

    private String commit(String message) throws Exception {
        Files.writeString(repo.resolve("file.txt"), message + "\n", StandardCharsets.UTF_8);
        git("add", "file.txt");
        git("commit", "-q", "-m", message);
        return git("rev-parse", "HEAD").strip();
    }

    private String git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString(), "-c", "user.name=t",
                "-c", "user.email=t@example.invalid", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("GIT_CONFIG_NOSYSTEM", "1", "HOME", repo.toString()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + out);
        }
        return out;
    }
}

package io.lightwaveos.bench.service.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@link Ancestry} from the git checkout in a folder: {@code git rev-list --max-count=N COMMIT}
 * lists the commit and its ancestors, newest first, and a candidate is an ancestor-or-equal when
 * one of them starts with it (runs may record abbreviated ids of 7 or more characters). Only the
 * newest {@value #MAX_ANCESTORS} ancestors are looked at: a baseline wants the last few runs before
 * the merge base, not the project's whole past. A shallow clone that does not hold the commit, a
 * folder that is no checkout, or a git that is not installed make it say "cannot tell".
 */
public final class GitAncestry implements Ancestry {

    /** How many ancestors of the commit are looked at. */
    public static final int MAX_ANCESTORS = 10_000;

    /** A commit id as git is given one here: 4 to 64 hex digits (never an option or a ref expression). */
    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{4,64}");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Path checkout;

    /** Ancestry from the checkout in {@code checkout} (any folder inside it). */
    public GitAncestry(Path checkout) {
        this.checkout = checkout.toAbsolutePath();
    }

    /** Whether {@code text} is a commit id this class passes to git (4 to 64 hex digits). */
    public static boolean isCommitId(String text) {
        return text != null && COMMIT.matcher(text).matches();
    }

    @Override
    public Optional<Set<String>> ancestorsOrEqual(String commit, Collection<String> candidates) {
        if (!isCommitId(commit)) {
            return Optional.empty();
        }
        Optional<List<String>> listed = git("rev-list", "--max-count=" + MAX_ANCESTORS, commit.toLowerCase(Locale.ROOT));
        if (listed.isEmpty() || listed.get().isEmpty()) {
            return Optional.empty();
        }
        NavigableSet<String> ancestors = new TreeSet<>(listed.get());
        Set<String> out = new HashSet<>();
        for (String c : candidates) {
            if (c == null || c.length() < 7 || !isCommitId(c)) {
                continue;
            }
            String prefix = c.toLowerCase(Locale.ROOT);
            String next = ancestors.ceiling(prefix);
            if (next != null && next.startsWith(prefix)) {
                out.add(c);
            }
        }
        return Optional.of(out);
    }

    /**
     * The merge base of two commits or refs in the checkout ({@code git merge-base A B}), for a pull
     * request whose CI did not say it.
     *
     * @param head the pull request's commit (hex id)
     * @param base the base branch's commit or ref ({@code origin/main}); not starting with {@code -}
     * @return the merge base's full id, or empty when git cannot tell (no checkout, a shallow clone)
     */
    public Optional<String> mergeBase(String head, String base) {
        if (!isCommitId(head) || base == null || base.isBlank() || base.startsWith("-")) {
            return Optional.empty();
        }
        return git("merge-base", head, base).filter(lines -> lines.size() == 1 && isCommitId(lines.get(0)))
                .map(lines -> lines.get(0));
    }

    /** The lines git printed, or empty when it failed, timed out or is not there. */
    private Optional<List<String>> git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", checkout.toString()));
        command.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try (InputStream in = p.getInputStream()) {
            p.getOutputStream().close(); // git reads nothing; a prompt would see end of input
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (p.exitValue() != 0) {
                return Optional.empty();
            }
            return Optional.of(bytes.toString(StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty()).toList());
        } catch (IOException e) {
            p.destroyForcibly();
            return Optional.empty();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}

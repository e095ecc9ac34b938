package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the reports of one {@code compare} or {@code check} go: {@code --format} may be repeated, each
 * with its own {@code --output} (an {@code --output} goes with the {@code --format} given next to
 * it, before or after), so that one computation feeds every report of a call and their numbers
 * never disagree. At most one report goes to standard output; a file is named once.
 */
final class ReportTargets {

    /** One {@code --format} with its {@code --output}, as picocli's repeating option group gives them. */
    interface Pair {
        /** The format asked for, or null. */
        String format();

        /** The file, {@code -}, or null for standard output. */
        String output();
    }

    /**
     * One report to write.
     *
     * @param format the format, one of those allowed
     * @param output the file, or null for standard output
     */
    record Target(String format, String output) {

        /** Whether it goes to standard output. */
        boolean toStdout() {
            return Outputs.isStdout(output);
        }
    }

    private ReportTargets() {
    }

    /**
     * The reports {@code pairs} ask for: each pair's format, else the one its file's name implies
     * ({@code formatOfName}), else {@code fallback}; one text report to standard output when none is
     * asked for.
     *
     * @throws ExitException a usage error for an unknown format, two reports to standard output, or a
     *                       file named twice
     */
    static List<Target> of(List<? extends Pair> pairs, Function<String, String> formatOfName, String fallback,
                           String... allowed) {
        List<Target> out = new ArrayList<>();
        Set<Path> files = new HashSet<>();
        Target toStdout = null;
        for (Pair p : pairs == null ? List.<Pair>of() : pairs) {
            String format = p.format() != null ? Choice.of("--format", p.format(), allowed)
                    : Outputs.isStdout(p.output()) ? fallback : Choice.of("--format", formatOfName.apply(p.output()), allowed);
            Target t = new Target(format, Outputs.isStdout(p.output()) ? null : p.output());
            if (t.toStdout()) {
                if (toStdout != null) {
                    throw ExitException.usage("--format " + toStdout.format() + " and --format " + format
                            + " both go to standard output; give one of them an --output FILE");
                }
                toStdout = t;
            } else if (!files.add(Path.of(t.output()).toAbsolutePath().normalize())) {
                throw ExitException.usage("--output " + t.output() + " is given twice");
            }
            out.add(t);
        }
        if (out.isEmpty()) {
            out.add(new Target(fallback, null));
        }
        return out;
    }
}

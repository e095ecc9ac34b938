package io.lightwaveos.bench.cli.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The report options of {@code compare}, {@code check} and {@code ci} (a mixin): {@code --format}
 * may be repeated, each with its own {@code --output}, so that every report of a call comes from
 * one computation ({@link ReportTargets}). Each command says in its help what its formats hold.
 */
final class ReportOptions {

    /** One {@code --format} with the {@code --output} next to it. */
    static final class Report implements ReportTargets.Pair {
        @Option(names = "--format", paramLabel = "FORMAT",
                description = "text, json, markdown or junit, as \"Formats\" below says (default: from the --output"
                        + " file name, .json, .md or .xml, else text). Repeatable: each --format goes with the --output"
                        + " next to it (before or after), one of them may go to standard output.")
        String format;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the report of the --format next to it to FILE instead of standard output.")
        String output;

        @Override
        public String format() {
            return format;
        }

        @Override
        public String output() {
            return output;
        }
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<Report> reports = new ArrayList<>();

    /** The pairs as given, in order. */
    List<Report> asked() {
        return reports;
    }

    /** Whether no {@code --format} or {@code --output} was given. */
    boolean isEmpty() {
        return reports.isEmpty();
    }

    /** {@link ReportTargets#of} for these pairs, a file's format from its name ({@link #formatOf}). */
    List<ReportTargets.Target> targets(String fallback, String... allowed) {
        return ReportTargets.of(reports, ReportOptions::formatOf, fallback, allowed);
    }

    /** The format a report file's name asks for: {@code .json}, {@code .md}/{@code .markdown}, {@code .xml}, else text. */
    static String formatOf(String output) {
        String name = Outputs.isStdout(output) ? "" : output.toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return "json";
        }
        if (name.endsWith(".xml")) {
            return "junit";
        }
        return name.endsWith(".md") || name.endsWith(".markdown") ? "markdown" : "text";
    }
}

package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.analysis.gate.BaselineFormatException;
import io.lightwaveos.bench.cli.ExitCode;
import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.service.RunReferenceException;
import io.lightwaveos.bench.service.io.ImportException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * How the failures of the layers below map to exit codes (SPEC §6). Anything the user must fix in
 * what they typed or gave us is a usage error (2): an unknown or ambiguous run, a rule an argument
 * breaks, a malformed input file (import, baseline). Anything else is a runtime failure (1).
 */
final class Failures {

    private Failures() {
    }

    /** A run reference that names no run, or several: a usage error listing the candidates. */
    static ExitException of(RunReferenceException e) {
        return new ExitException(ExitCode.USAGE, e.getMessage(), e);
    }

    /** A malformed sample file: a usage error naming the file and the line. */
    static ExitException of(Path file, ImportException e) {
        return new ExitException(ExitCode.USAGE, "cannot import " + file + ": " + e.getMessage()
                + "; nothing was imported", e);
    }

    /** A malformed baseline file: a usage error naming the file and the key. */
    static ExitException of(Path file, BaselineFormatException e) {
        return new ExitException(ExitCode.USAGE, "baseline " + file + ": " + e.getMessage(), e);
    }

    /**
     * An input file that could not be opened or read: a usage error saying why in words
     * ({@code cannot read FILE: permission denied}) when the cause is one the user can fix.
     */
    static ExitException unreadable(String what, Path file, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ExitException(ExitCode.USAGE, "cannot read " + what + " " + file + ": permission denied", e);
        }
        if (e instanceof NoSuchFileException) {
            return missing(what, file);
        }
        return ExitException.failure("cannot read " + what + " " + file + ": " + e.getMessage(), e);
    }

    /** An input file that is not there: a usage error. */
    static ExitException missing(String what, Path file) {
        return new ExitException(ExitCode.USAGE, what + " " + file + " does not exist (or is not a readable file)");
    }
}

package io.lightwaveos.bench.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and an exit code (SPEC §6): usage errors exit 2
 * with a pointer to {@code --help}; {@link ExitException}s exit with their status; anything else
 * is a runtime failure (exit 1). Stack traces only with {@code --verbose}.
 */
final class ErrorHandler implements IParameterExceptionHandler, IExecutionExceptionHandler {

    private final LwosBench root;

    ErrorHandler(LwosBench root) {
        this.root = root;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println("lwos-bench: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, cmd.getErr())) {
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        if (verbose()) {
            ex.printStackTrace(cmd.getErr());
        }
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        if (ClosedPipeException.in(ex)) {
            return ExitCode.OK;
        }
        int status = ex instanceof ExitException e ? e.status() : ExitCode.FAILURE;
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (!(ex instanceof ExitException) && !verbose()) {
            message += " (run with --verbose for details)";
        }
        cmd.getErr().println("lwos-bench: " + message);
        if (verbose()) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return status;
    }

    private boolean verbose() {
        return root.global != null && root.global.verbose();
    }
}

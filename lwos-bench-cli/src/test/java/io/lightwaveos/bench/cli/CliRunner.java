package io.lightwaveos.bench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the real command line in-process, capturing exit code, stdout and stderr. */
final class CliRunner {

    record Result(int exitCode, String out, String err) {
    }

    private CliRunner() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LwosBench.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}

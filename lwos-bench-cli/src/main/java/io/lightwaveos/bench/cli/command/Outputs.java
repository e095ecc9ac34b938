package io.lightwaveos.bench.cli.command;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where {@code --output FILE|-} sends a report or an export. A file is written beside its final
 * name and moved into place only when complete, so a failure never leaves half a file (nor
 * replaces a good one).
 */
final class Outputs {

    /** What writes the content. */
    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** What writes text content. */
    @FunctionalInterface
    interface TextBody {
        void writeTo(PrintWriter out) throws IOException;
    }

    private Outputs() {
    }

    /** Whether {@code target} means standard output (absent or {@code -}). */
    static boolean isStdout(String target) {
        return target == null || target.equals("-");
    }

    /**
     * Writes {@code body} to {@code target} (a file path) or to {@code stdout}.
     *
     * @throws IOException when writing fails; a file target is then left as it was
     */
    static void write(String target, OutputStream stdout, Body body) throws IOException {
        if (isStdout(target)) {
            body.writeTo(stdout);
            stdout.flush();
            return;
        }
        Path file = Path.of(target).toAbsolutePath();
        Path dir = file.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist");
        }
        Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                body.writeTo(out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@link #write} for text, UTF-8. */
    static void writeText(String target, OutputStream stdout, TextBody body) throws IOException {
        write(target, stdout, out -> {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.writeTo(w);
            if (w.checkError()) {
                throw new IOException("writing failed");
            }
        });
    }
}

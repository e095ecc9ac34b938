package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Where {@code --output FILE|-} sends a report or an export. A file is written beside its final
 * name and moved into place only when complete, so a failure never leaves half a file (nor
 * replaces a good one). Like a shell's {@code >}: a new file gets the permissions the umask gives
 * (not 0600), a file that exists keeps its permissions, and a symbolic link is written through
 * (the file it points to is replaced; the link stays).
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
        Path file = throughLinks(Path.of(target).toAbsolutePath());
        Path dir = file.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new IOException("folder " + dir + " does not exist");
        }
        Path temp = temporaryBeside(file);
        try {
            // Created without explicit permissions: the umask applies, as for any new file.
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), 1 << 16)) {
                body.writeTo(out);
            }
            if (Files.exists(file) && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Refuses an output file that cannot be written, before any work: its folder must exist and be
     * writable, and it must not be a folder itself.
     *
     * @param option the option naming the file, for the message ({@code --report})
     * @throws ExitException a usage error saying what is wrong with {@code target}
     */
    static void checkWritable(String option, String target) {
        Path file;
        try {
            file = throughLinks(Path.of(target).toAbsolutePath());
        } catch (IOException | InvalidPathException e) {
            throw ExitException.usage(option + " " + target + ": not a usable file name (" + e.getMessage() + ")");
        }
        Path dir = file.getParent();
        if (Files.isDirectory(file)) {
            throw ExitException.usage(option + " " + target + " is a folder; expected a file name");
        }
        if (dir != null && !Files.isDirectory(dir)) {
            throw ExitException.usage(option + " " + target + ": folder " + dir + " does not exist");
        }
        if (dir != null && !Files.isWritable(dir)) {
            throw ExitException.usage(option + " " + target + ": folder " + dir + " is not writable");
        }
    }

    /** The file {@code path} ends at after following symbolic links (even to a file not there yet). */
    private static Path throughLinks(Path path) throws IOException {
        Path p = path;
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == 40) {
                throw new IOException("too many levels of symbolic links");
            }
            Path next = Files.readSymbolicLink(p);
            p = p.resolveSibling(next).normalize();
        }
        return p;
    }

    private static Path temporaryBeside(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(Random.GENERATOR.nextLong()) + ".part");
    }

    /** Made when a file is first written: seeding it costs every command that prints to standard output otherwise. */
    private static final class Random {
        static final SecureRandom GENERATOR = new SecureRandom();
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

package io.lightwaveos.bench.cli.startup;

import io.lightwaveos.bench.service.SqliteLibrary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the files the {@code ./lwos-bench} launcher starts the JVM with, in one folder beside the
 * jar ({@code lwos-bench-cli/target/startup/}); the build runs it after packaging the jar, and the
 * launcher again (in the background) when they are missing or older than the jar or the JVM:
 * <ul>
 *   <li>{@value #ARCHIVE}: a static class-data archive of every class a {@link Training} run of all
 *       commands loaded, the JDK's included. A static archive, unlike the dynamic one a JVM writes
 *       at exit, also holds classes compiled for Java 5 (picocli's), and it is made from all
 *       commands rather than from whichever ran first. Mapped at start, it spares each command
 *       reading, verifying and linking those classes from the jar.</li>
 *   <li>{@value #EVERYDAY_ARCHIVE}: the same of a training run of the everyday commands alone
 *       ({@link Training#EVERYDAY}), linked as {@code <command>.jsa} for each of them: a third of
 *       the size, which the JVM maps and relocates faster (about 15 ms of every start).</li>
 *   <li>sqlite-jdbc's native library ({@link SqliteLibrary}), so that no command extracts it.</li>
 *   <li>{@value #STAMP}, written last: the JVM the files were made for (the real path of its
 *       {@code java}). The launcher uses the folder only while the stamp is newer than the jar and
 *       that JVM and names the JVM it runs.</li>
 * </ul>
 * Every file is replaced atomically, so a command starting meanwhile sees the old file or the new
 * one. A JVM that cannot map the archive (another JVM build, a moved jar) ignores it and runs
 * without it; nothing here can make a command fail.
 *
 * <p>Usage: {@code java -cp lwos-bench.jar io.lightwaveos.bench.cli.startup.StartupFiles JAR FOLDER}.
 * Exit code 0 when the files were made, also when the training reported a failed step (printed on
 * standard error); 1 when they could not be made.
 */
public final class StartupFiles {

    /** The class-data archive's file name in the folder. */
    public static final String ARCHIVE = "lwos-bench.jsa";
    /**
     * The training and dump JVMs run as the commands do (the launcher's options): short-lived, they spent
     * more CPU compiling with C2 and collecting with G1 than they saved. The class list does not depend on
     * either, and a JVM with the serial collector, as the launcher runs, cannot map archived heap
     * objects, which only a dump with G1 writes.
     */
    private static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    private static final String SERIAL_COLLECTOR = "-XX:+UseSerialGC";

    /**
     * On Java 17 to 20 the launcher runs commands with the JDK's own locale data, whose classes the
     * archive then holds (the launcher's comment says why; from Java 21 on the JVM's default).
     */
    private static final List<String> LOCALE_DATA = Runtime.version().feature() <= 20
            ? List.of("-Djava.locale.providers=COMPAT") : List.of();

    /** The everyday commands' class-data archive's file name in the folder. */
    public static final String EVERYDAY_ARCHIVE = "everyday.jsa";
    /** The stamp's file name in the folder. */
    public static final String STAMP = "stamp";

    private StartupFiles() {
    }

    /** Makes the files for the jar {@code args[0]} in the folder {@code args[1]}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StartupFiles JAR FOLDER");
            System.exit(2);
        }
        Path jar = Path.of(args[0]).toRealPath();
        Path folder = Path.of(args[1]).toAbsolutePath();
        try {
            make(jar, folder);
        } catch (IOException e) {
            System.err.println("lwos-bench start-up files: could not make them in " + folder + ": " + e.getMessage());
            System.exit(1);
        }
    }

    /** Makes the native library's copy, the archive and, last, the stamp in {@code folder}. */
    static void make(Path jar, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        SqliteLibrary.copyTo(folder);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java").toRealPath();
        Path scratch = Files.createTempDirectory(folder, "training");
        try {
            Path store = scratch.resolve("store");
            Path whole = archive(java, jar, folder, scratch, ARCHIVE, List.of(store.toString()));
            Path everyday = archive(java, jar, folder, scratch, EVERYDAY_ARCHIVE,
                    List.of(store.toString(), Training.EVERYDAY_ONLY));
            Files.move(whole, folder.resolve(ARCHIVE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(everyday, folder.resolve(EVERYDAY_ARCHIVE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            for (String command : Training.EVERYDAY) {
                Path link = scratch.resolve(command + ".jsa");
                Files.createSymbolicLink(link, Path.of(EVERYDAY_ARCHIVE));
                Files.move(link, folder.resolve(command + ".jsa"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            Path stamp = scratch.resolve(STAMP);
            Files.writeString(stamp, java + "\n", StandardCharsets.UTF_8);
            Files.move(stamp, folder.resolve(STAMP), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * A training run with {@code trainingArgs} that lists the classes it loads, then the archive of
     * them, {@code name} in {@code scratch}.
     */
    private static Path archive(Path java, Path jar, Path folder, Path scratch, String name, List<String> trainingArgs)
            throws IOException, InterruptedException {
        Path classList = scratch.resolve(name + ".lst");
        Path archive = scratch.resolve(name);
        List<String> training = new ArrayList<>(List.of(java.toString(), QUICK_COMPILER, SERIAL_COLLECTOR));
        training.addAll(LOCALE_DATA);
        training.addAll(List.of("-XX:DumpLoadedClassList=" + classList,
                "-D" + SqliteLibrary.FOLDER_PROPERTY + "=" + folder, "-cp", jar.toString(), Training.class.getName()));
        training.addAll(trainingArgs);
        run(training, scratch, "training for " + name);
        if (!Files.isRegularFile(classList)) {
            throw new IOException("the training run for " + name + " wrote no class list");
        }
        List<String> dump = new ArrayList<>(List.of(java.toString(), QUICK_COMPILER, SERIAL_COLLECTOR));
        dump.addAll(LOCALE_DATA);
        dump.addAll(List.of("-Xshare:dump", "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + archive,
                "-cp", jar.toString()));
        run(dump, scratch, "archive dump of " + name);
        if (!Files.isRegularFile(archive)) {
            throw new IOException("the archive dump wrote no " + name);
        }
        return archive;
    }

    /**
     * Runs a child JVM with its output in a log file of {@code scratch}; prints the log if the child
     * fails. Only the dump failing is fatal: a training step that failed still loaded classes.
     */
    private static void run(List<String> command, Path scratch, String what) throws IOException, InterruptedException {
        Path log = scratch.resolve(what.replace(' ', '-') + ".log");
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        int code = p.waitFor();
        if (code != 0) {
            String output = Files.readString(log, StandardCharsets.UTF_8).strip();
            if (what.startsWith("training")) {
                System.err.println("lwos-bench start-up files: the training reported failures:\n" + output);
            } else {
                throw new IOException(what + " exited " + code + ": " + tail(output));
            }
        }
    }

    private static String tail(String output) {
        List<String> lines = output.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

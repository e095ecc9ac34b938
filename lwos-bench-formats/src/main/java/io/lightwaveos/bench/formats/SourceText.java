package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A result file's text, read whole and checked before any reader sees it: at most
 * {@link FormatLimits#maxBytes()} bytes, strict UTF-8 (an invalid byte is a {@link FormatException}
 * naming the line and the byte, never a replacement character), no line longer than
 * {@link FormatLimits#maxLineChars()}; a leading byte-order mark is dropped. Reading the whole
 * file first is what lets every reader be all-or-nothing, and lets {@code auto} look at the
 * content before choosing a reader.
 */
public final class SourceText {

    private final String name;
    private final String text;
    private final List<String> lines;
    /** The JSON tree once parsed (auto detection and the reader share it), with the limits it was parsed under. */
    private volatile JsonTree.Node json;
    private volatile FormatLimits jsonLimits;

    private SourceText(String name, String text, List<String> lines) {
        this.name = name;
        this.text = text;
        this.lines = lines;
    }

    /**
     * Reads {@code file} within {@code limits}.
     *
     * @throws FormatException naming the file and line when it is too large, not UTF-8, or has a too long line
     * @throws IOException     when the file cannot be read
     */
    public static SourceText read(Path file, FormatLimits limits) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, limits);
        }
    }

    /**
     * Reads {@code in} (not closed) within {@code limits}; {@code name} is how messages name it.
     *
     * @throws FormatException naming {@code name} and the line, as {@link #read(Path, FormatLimits)}
     * @throws IOException     when reading fails
     */
    public static SourceText read(String name, InputStream in, FormatLimits limits) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw FormatException.at(0, Reason.LIMIT, "the file is larger than the limit of " + limits.maxBytes()
                    + " bytes").in(name);
        }
        return decode(name, bytes, limits);
    }

    /** Text already in memory (a harness's own output), checked for line lengths as a file would be. */
    public static SourceText of(String name, String text, FormatLimits limits) {
        try {
            return split(name, text.startsWith("\uFEFF") ? text.substring(1) : text, limits);
        } catch (FormatException e) {
            throw e.in(name);
        }
    }

    private static SourceText decode(String name, byte[] bytes, FormatLimits limits) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            CharBuffer chars = decoder.decode(in);
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(name, bytes, in.position());
        }
        return of(name, text, limits);
    }

    private static FormatException notUtf8(String name, byte[] bytes, int offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String bad = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "the end of the file";
        return FormatException.at(line, Reason.NOT_UTF8, "expected UTF-8 text, found the byte " + bad
                + " (at byte " + offset + ") that is not valid UTF-8").in(name);
    }

    private static SourceText split(String name, String text, FormatLimits limits) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? n : end;
            if (stop - start > limits.maxLineChars()) {
                throw FormatException.at(lines.size() + 1, Reason.LIMIT, "the line is longer than the limit of "
                        + limits.maxLineChars() + " characters per line");
            }
            if (end < 0) {
                if (start < n) {
                    lines.add(stripCr(text.substring(start, n)));
                }
                break;
            }
            lines.add(stripCr(text.substring(start, end)));
            start = end + 1;
        }
        return new SourceText(name, text, Collections.unmodifiableList(lines));
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The parsed JSON document, parsed once per limits: {@code auto} looks at it, then the reader reads it. */
    JsonTree.Node json(FormatLimits limits) {
        JsonTree.Node tree = json;
        if (tree == null || !limits.equals(jsonLimits)) {
            tree = JsonTree.parseText(this, limits);
            jsonLimits = limits;
            json = tree;
        }
        return tree;
    }

    /** How messages name the source (the path as the user gave it). */
    public String name() {
        return name;
    }

    /** The whole text. */
    public String text() {
        return text;
    }

    /** The lines without their ends ({@code \n}, {@code \r\n}); line {@code i + 1} of the file is {@code lines().get(i)}. */
    public List<String> lines() {
        return lines;
    }
}

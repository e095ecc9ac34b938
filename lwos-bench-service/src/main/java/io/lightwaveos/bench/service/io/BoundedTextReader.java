package io.lightwaveos.bench.service.io;

import io.lightwaveos.bench.service.io.InputLimitException.Limit;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The one way input files are read as text: strict UTF-8 (an invalid byte is an
 * {@link ImportException} naming the line and the byte, not a replacement character or a
 * decoder's "Input length = 1"), lines counted as characters are handed out, and the
 * {@link InputLimits} enforced as they are reached, so a reader never holds more than a limit's
 * worth of one line or record whatever the file holds. Parsers (Jackson's JSON and CSV) read
 * from it as from any {@link Reader}; line-based formats use {@link #readLine()}.
 */
public final class BoundedTextReader extends Reader {

    private static final int BUFFER = 1 << 14;

    private final InputStream in;
    private final InputLimits limits;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private long bytesRead;
    private boolean eof;
    private boolean flushed;
    private ImportException pending;

    private long line = 1;
    private long lineChars;
    private boolean inRecord;
    private long recordChars;
    private boolean skipBom = true;

    /** Reads {@code in} as UTF-8 within {@code limits}. */
    public BoundedTextReader(InputStream in, InputLimits limits) {
        this.in = in;
        this.limits = limits;
    }

    /** The 1-based line of the next character to be read. */
    public long line() {
        return line;
    }

    /** Starts counting a record (e.g. one JSON object) against {@link InputLimits#maxRecordChars()}. */
    public void startRecord() {
        inRecord = true;
        recordChars = 0;
    }

    /** Stops counting the current record. */
    public void endRecord() {
        inRecord = false;
    }

    /**
     * The next line without its end ({@code \n} or {@code \r\n}), or null at the end of the input.
     *
     * @throws InputLimitException when the line is longer than the limit
     * @throws ImportException     when the input is not UTF-8
     */
    public String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        while (true) {
            if (!chars.hasRemaining() && !fill()) {
                return any ? stripCr(sb) : null;
            }
            any = true;
            char c = chars.get();
            count(c);
            if (c == '\n') {
                return stripCr(sb);
            }
            sb.append(c);
        }
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(len, chars.remaining());
        chars.get(cbuf, off, n);
        countAll(cbuf, off, off + n);
        return n;
    }

    /**
     * {@link #count} of each of {@code cbuf[from, to)}: outside a record, from one line feed to the
     * next, with the same exception at the same character when a line is too long.
     */
    private void countAll(char[] cbuf, int from, int to) {
        if (inRecord) {
            for (int i = from; i < to; i++) {
                count(cbuf[i]);
            }
            return;
        }
        long max = limits.maxLineChars();
        int i = from;
        while (i < to) {
            int end = i;
            while (end < to && cbuf[end] != '\n') {
                end++;
            }
            if (lineChars + (end - i) > max) {
                int over = (int) (i + (max - lineChars));
                lineChars = max;
                count(cbuf[over]);
            }
            lineChars += end - i;
            if (end < to) {
                line++;
                lineChars = 0;
            }
            i = end + 1;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private static String stripCr(StringBuilder sb) {
        int n = sb.length();
        return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
    }

    private void count(char c) {
        if (c == '\n') {
            line++;
            lineChars = 0;
        } else if (++lineChars > limits.maxLineChars()) {
            throw new InputLimitException(line, Limit.LINE, "the line is longer than the limit of "
                    + limits.maxLineChars() + " characters per line");
        }
        if (inRecord && ++recordChars > limits.maxRecordChars()) {
            throw new InputLimitException(line, Limit.RECORD, "the record (one object) is longer than the limit of "
                    + limits.maxRecordChars() + " characters");
        }
    }

    /** Decodes more characters into {@link #chars}; false at the end of the input. */
    private boolean fill() throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (flushed) {
            return false;
        }
        chars.compact();
        try {
            while (true) {
                if (!bytes.hasRemaining() && !eof) {
                    readBytes();
                }
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    long offset = bytesRead - bytes.remaining();
                    String bad = String.format("0x%02X", bytes.get(bytes.position()) & 0xFF);
                    pending = new ImportException(lineAfter(chars), "expected UTF-8 text, found the byte " + bad
                            + " (at byte " + offset + ") that is not valid UTF-8");
                    if (chars.position() == 0) {
                        throw pending;
                    }
                    break;
                }
                if (chars.position() > 0) {
                    break;
                }
                if (eof) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
                if (r.isUnderflow()) {
                    readBytes();
                }
            }
        } finally {
            chars.flip();
        }
        if (skipBom && chars.hasRemaining()) {
            skipBom = false;
            if (chars.get(chars.position()) == '\uFEFF') {
                chars.get();
                return chars.hasRemaining() || fill();
            }
        }
        return chars.hasRemaining();
    }

    /** The line the end of the decoded but not yet read characters is on. */
    private long lineAfter(CharBuffer decoded) {
        long l = line;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                l++;
            }
        }
        return l;
    }

    private void readBytes() throws IOException {
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
                return;
            }
            bytes.position(bytes.position() + n);
            bytesRead += n;
            if (bytesRead > limits.maxTotalBytes()) {
                throw new InputLimitException(line, Limit.TOTAL, "the input is larger than the limit of "
                        + limits.maxTotalBytes() + " bytes");
            }
        } finally {
            bytes.flip();
        }
    }
}

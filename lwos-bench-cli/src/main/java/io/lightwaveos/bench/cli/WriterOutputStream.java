package io.lightwaveos.bench.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to a {@link Writer}, decoded as UTF-8 (a character split across writes is kept until it
 * is complete): lets commands that stream files write to a text-only standard output.
 */
final class WriterOutputStream extends OutputStream {

    private final Writer out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    WriterOutputStream(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            int n = Math.min(len, bytes.remaining());
            bytes.put(b, off, n);
            off += n;
            len -= n;
            decode(false);
        }
    }

    @Override
    public void flush() throws IOException {
        decode(false);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        decode(true);
        decoder.flush(chars);
        drainChars();
        out.flush();
    }

    private void decode(boolean endOfInput) throws IOException {
        bytes.flip();
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, endOfInput);
            drainChars();
            if (r.isUnderflow()) {
                break;
            }
        }
        bytes.compact();
    }

    private void drainChars() throws IOException {
        out.write(chars.array(), 0, chars.position());
        chars.clear();
    }
}

package io.lightwaveos.bench.store.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * How a measure's values are kept in a row: its doubles one after the other as little-endian IEEE
 * 754 bytes, in measured order (8 bytes a value). Bit-exact by construction ({@code -0.0},
 * {@code 2.0} and the last digit of every value come back as written), the same bytes in an SQLite
 * BLOB and a PostgreSQL {@code bytea}, and one row per measure however many repeats it has.
 */
public final class MeasureValues {

    private MeasureValues() {
    }

    /** The bytes of {@code values}: 8 per value, little-endian. */
    public static byte[] encode(double[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            buffer.putDouble(v);
        }
        return buffer.array();
    }

    /**
     * The values {@link #encode} wrote.
     *
     * @throws IllegalStateException when the length is not a positive multiple of 8 (a row written
     *                               by something else)
     */
    public static double[] decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0 || bytes.length % Double.BYTES != 0) {
            throw new IllegalStateException("a measure's values must be a positive multiple of 8 bytes, got "
                    + (bytes == null ? "none" : bytes.length + " bytes"));
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        double[] values = new double[bytes.length / Double.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = buffer.getDouble();
        }
        return values;
    }
}

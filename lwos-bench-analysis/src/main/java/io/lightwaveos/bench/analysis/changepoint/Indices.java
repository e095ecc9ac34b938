package io.lightwaveos.bench.analysis.changepoint;

import java.util.Arrays;

/** A growable list of ascending int indices without boxing. */
final class Indices {

    private int[] values = new int[16];
    private int size;

    int size() {
        return size;
    }

    int get(int i) {
        return values[i];
    }

    void clear() {
        size = 0;
    }

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    /** Inserts keeping ascending order. */
    void insertSorted(int value) {
        add(value);
        int i = size - 1;
        while (i > 0 && values[i - 1] > value) {
            values[i] = values[i - 1];
            i--;
        }
        values[i] = value;
    }

    void remove(int i) {
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
    }

    void copyFrom(Indices other) {
        if (values.length < other.size) {
            values = new int[other.values.length];
        }
        System.arraycopy(other.values, 0, values, 0, other.size);
        size = other.size;
    }
}

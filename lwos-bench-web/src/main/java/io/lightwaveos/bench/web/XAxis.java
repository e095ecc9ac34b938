package io.lightwaveos.bench.web;

/** What the x values of a series are. */
public enum XAxis {
    /** Host receive time of each sample, microseconds since the Unix epoch (UTC). */
    TIME("time", "µs since epoch"),
    /** The sample's 0-based position in the run. */
    SEQ("seq", "sample");

    private final String id;
    private final String unit;

    XAxis(String id, String unit) {
        this.id = id;
        this.unit = unit;
    }

    /** The query-parameter and JSON name: {@code time} or {@code seq}. */
    public String id() {
        return id;
    }

    /** The unit of the x values, for labels. */
    public String unit() {
        return unit;
    }
}

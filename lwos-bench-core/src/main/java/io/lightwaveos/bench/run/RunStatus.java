package io.lightwaveos.bench.run;

/** The life-cycle state of a run. */
public enum RunStatus {
    /** A collector is writing it now. */
    RUNNING,
    /** Collection ended as asked (duration, sample count, device stop). */
    COMPLETE,
    /** Collection was stopped early (Ctrl-C) or its writer died; what was received is kept. */
    INTERRUPTED,
    /** Collection failed (device unreachable or rejected, reconnect timeout). */
    FAILED;

    /**
     * Parses a status name, case-insensitive.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static RunStatus parse(String text) {
        for (RunStatus s : values()) {
            if (s.name().equalsIgnoreCase(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException(
                "status must be one of RUNNING, COMPLETE, INTERRUPTED, FAILED, got \"" + text + "\"");
    }
}

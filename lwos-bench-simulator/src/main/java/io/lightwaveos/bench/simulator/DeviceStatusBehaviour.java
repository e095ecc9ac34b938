package io.lightwaveos.bench.simulator;

/** How the simulated device answers {@code device.getStatus}, to rehearse a collector's vitals polling failing. */
public enum DeviceStatusBehaviour {
    /** {@code device.status} with the configured vitals, as PROTOCOL.md shows it (the default). */
    ANSWER,
    /** Never answer (the request times out). */
    NO_REPLY,
    /** {@code error UNKNOWN_COMMAND}, as firmware without the command answers. */
    ERROR,
    /** {@code device.status} whose {@code fps}, {@code freeHeap} and {@code cpuPercent} are not usable numbers. */
    MALFORMED
}

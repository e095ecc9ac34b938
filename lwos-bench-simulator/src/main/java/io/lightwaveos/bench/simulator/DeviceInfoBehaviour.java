package io.lightwaveos.bench.simulator;

/** How the simulated device answers {@code GET /api/v1/device/info}, to rehearse a collector's failure paths. */
public enum DeviceInfoBehaviour {
    /** The document PROTOCOL.md shows (the default). */
    SERVE,
    /** 404, as firmware without the v1 API answers. */
    NOT_FOUND,
    /** Never answer (the request times out). */
    NO_REPLY,
    /** 200 with a body that is not JSON. */
    GARBAGE
}

package io.lightwaveos.bench.simulator;

/** How the simulated device answers {@code benchmark.subscribe}. */
public enum SubscribeBehaviour {
    /** Like a device with the benchmark feature: subscribe, up to the subscriber limit. */
    ACCEPT,
    /** Like a firmware built without the feature: {@code error FEATURE_DISABLED} to every benchmark command. */
    FEATURE_DISABLED,
    /** Like a device whose audio pipeline has not started: {@code error SYSTEM_NOT_READY}. */
    SYSTEM_NOT_READY,
    /** Never answers a subscribe (for subscribe-timeout tests). */
    NO_REPLY,
    /** Answers {@code benchmark.subscribed} with {@code "accepted": false} and streams nothing. */
    ACCEPTED_FALSE,
    /** Answers {@code benchmark.subscribed} with {@code "success": "yes"} (not {@code true}) and streams nothing. */
    SUCCESS_NOT_TRUE,
    /** Answers {@code benchmark.subscribed} as a device would, then never sends a frame. */
    SILENT,
    /** Subscribes and streams, but never answers {@code benchmark.start} or {@code benchmark.stop}. */
    IGNORE_START
}

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
    NO_REPLY
}

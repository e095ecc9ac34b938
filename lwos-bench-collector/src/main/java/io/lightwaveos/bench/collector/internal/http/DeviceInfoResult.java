package io.lightwaveos.bench.collector.internal.http;

import io.lightwaveos.bench.run.DeviceInfo;

/**
 * What {@code GET /api/v1/device/info} gave: the device's facts and host name, or why there are
 * none.
 *
 * @param device   the facts read; {@link DeviceInfo#EMPTY} on failure
 * @param hostname the device's host name, {@code null} when unknown
 * @param failure  why the request gave nothing ("HTTP 404", "no reply within 2 s"), {@code null} on success
 */
public record DeviceInfoResult(DeviceInfo device, String hostname, String failure) {

    /** A failed request. */
    public static DeviceInfoResult failed(String why) {
        return new DeviceInfoResult(DeviceInfo.EMPTY, null, why);
    }

    /** Whether the request gave the device's facts. */
    public boolean succeeded() {
        return failure == null;
    }
}

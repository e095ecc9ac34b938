/**
 * The device's binary benchmark frame: the value type
 * {@link io.lightwaveos.bench.frame.BenchmarkFrame}, the decoder (compact and extended layouts), the
 * zero-allocation {@link io.lightwaveos.bench.frame.FrameView}, the encoder, flags and the reasons a
 * frame is rejected.
 */
package io.lightwaveos.bench.frame;

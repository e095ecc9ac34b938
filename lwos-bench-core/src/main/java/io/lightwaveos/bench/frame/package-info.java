/**
 * The device's binary benchmark frame: the value type
 * {@link io.lightwaveos.bench.frame.BenchmarkFrame}, the decoder (compact and extended layouts), the
 * zero-allocation {@link io.lightwaveos.bench.frame.FrameView}, the encoder, flags and the reasons a
 * frame is rejected.
 *
 * <p>A frame is 32 bytes (compact) or 64 bytes (extended), little-endian, starting with a magic
 * number. Decoding never throws: it returns a sealed
 * {@link io.lightwaveos.bench.frame.DecodeOutcome}, a frame or a rejection with a machine-readable
 * {@link io.lightwaveos.bench.frame.RejectReason} and a message saying what was expected.
 *
 * <pre>{@code
 * byte[] message = FrameEncoder.encode(frame);            // what the device sends
 * DecodeOutcome outcome = FrameDecoder.decode(message);
 * if (outcome instanceof DecodeOutcome.Decoded d) {
 *     float us = d.frame().avgTotalUs();                   // µs, EMA of the hop time
 * } else if (outcome instanceof DecodeOutcome.Rejected r) {
 *     log(r.reason() + ": " + r.message());                // e.g. expected 32 or 64 bytes, got 48
 * }
 *
 * // On a hot path, read in place without allocating:
 * FrameView view = new FrameView();
 * if (view.wrap(bytes, 0, length).isValid()) {
 *     double avgTotalUs = Metric.AVG_TOTAL_US.read(view);
 * }
 * }</pre>
 */
package io.lightwaveos.bench.frame;

package io.lightwaveos.bench.simulator;

import io.lightwaveos.bench.frame.BenchmarkFrame;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames of the simulated pipeline, computed directly: no socket, no clock, no faults. For
 * tests of statistical properties that need many runs' worth of frames, where a collection over a
 * socket per run would only add time.
 *
 * <p>A started {@link DeviceSimulator} draws its frames from the same model and seed: the same
 * processes (means, noise, autocorrelation, peaks, counters), not the same numbers, since the frames
 * a device produces before anyone subscribes advance its clock and counters, and with them the
 * random draws of the frames after.
 */
public final class SimulatedFrames {

    private SimulatedFrames() {
    }

    /**
     * The first {@code count} frames of the pipeline {@code config} describes (its seed, means,
     * noise, AR coefficient and extended-frame interval; its rate, faults and replay are not used).
     *
     * @param config the simulator configuration
     * @param count  frames, 0 or more
     * @return the frames, in order
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public static List<BenchmarkFrame> generate(SimulatorConfig config, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        DeviceModel model = new DeviceModel(config);
        int every = config.extendedEvery();
        List<BenchmarkFrame> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            frames.add(model.next(every > 0 && model.frameIndex() % every == every - 1));
        }
        return frames;
    }
}

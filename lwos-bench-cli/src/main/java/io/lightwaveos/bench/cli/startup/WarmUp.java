package io.lightwaveos.bench.cli.startup;

import io.lightwaveos.bench.analysis.changepoint.ChangePointDetector;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import io.lightwaveos.bench.cli.command.HistoryCommand;
import java.util.SplittableRandom;

/**
 * Analysis on made-up data that the second thread of {@code main} runs while the first builds
 * picocli's model and reads the store. A new JVM interprets the first hundred or so calls of every
 * method before compiling it: the change-point detector, called window by window, spent about
 * 50 ms of a {@code history} of 1,000 runs that way. Here it runs first on a small series in narrow
 * windows, on the core the command leaves idle, so that its methods are compiled when the
 * command's own history reaches them (measured in BENCHMARKS.md, "Everyday commands"). Nothing here
 * reads or writes anything, and nothing the command computes depends on it.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** The warm-up for {@code command}'s analysis, if it has one. */
    public static void before(Class<?> command) {
        if (command == HistoryCommand.class) {
            changePoints();
        }
    }

    /** 600 values, a step in the middle, windows of 8: about 150 windows' calls, 20 ms of a cold core. */
    private static void changePoints() {
        SplittableRandom random = new SplittableRandom(1);
        double[] series = new double[600];
        for (int i = 0; i < series.length; i++) {
            series[i] = 100 + random.nextGaussian() + (i < series.length / 2 ? 0 : 3);
        }
        ChangePointDetector.detect(series, ChangePointOptions.defaults().withWindow(8));
    }
}

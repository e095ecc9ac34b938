package io.lightwaveos.bench.jmh;

import io.lightwaveos.bench.analysis.changepoint.ChangePoint;
import io.lightwaveos.bench.analysis.changepoint.ChangePointDetector;
import io.lightwaveos.bench.analysis.changepoint.ChangePointOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Feeds labelled synthetic histories to the change-point detection for the accuracy comparison
 * with Apache Otava ({@code lwos-bench-analysis/src/test/python/changepoint/compare_otava.py}):
 * reads one history per line on stdin (values separated by spaces) and prints the change-point
 * indices of each on one line (empty when there are none). With a fourth argument
 * {@code stability} it instead appends each history's values one at a time to one detector and
 * prints, per history, how many appends removed a change point other than the last one.
 *
 * <p>Run: {@code java -cp lwos-bench-jmh/target/benchmarks.jar io.lightwaveos.bench.jmh.ChangePointAccuracyTool
 * WINDOW MAX_P MIN_MAGNITUDE < histories.txt}
 */
public final class ChangePointAccuracyTool {

    private ChangePointAccuracyTool() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 && !(args.length == 4 && args[3].equals("stability"))) {
            System.err.println("usage: ChangePointAccuracyTool WINDOW MAX_P MIN_MAGNITUDE [stability] < histories.txt");
            System.exit(2);
        }
        ChangePointOptions options = ChangePointOptions.defaults()
                .withWindow(Integer.parseInt(args[0]))
                .withMaxPValue(Double.parseDouble(args[1]))
                .withMinMagnitude(Double.parseDouble(args[2]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] tokens = line.isBlank() ? new String[0] : line.trim().split("\\s+");
            double[] values = new double[tokens.length];
            for (int i = 0; i < tokens.length; i++) {
                values[i] = Double.parseDouble(tokens[i]);
            }
            if (args.length == 4) {
                out.println(movedOnAppend(values, options));
                continue;
            }
            List<ChangePoint> points = ChangePointDetector.detect(values, options);
            StringBuilder row = new StringBuilder();
            for (ChangePoint p : points) {
                if (row.length() > 0) {
                    row.append(' ');
                }
                row.append(p.index());
            }
            out.println(row);
        }
        out.flush();
    }

    /** How many appends removed a change point other than the previous answer's last one. */
    private static int movedOnAppend(double[] values, ChangePointOptions options) {
        ChangePointDetector detector = new ChangePointDetector(options);
        List<ChangePoint> previous = List.of();
        int moved = 0;
        for (double value : values) {
            detector.append(value);
            List<ChangePoint> current = detector.changePoints();
            for (int i = 0; i + 1 < previous.size(); i++) {
                int index = previous.get(i).index();
                if (current.stream().noneMatch(p -> p.index() == index)) {
                    moved++;
                    break;
                }
            }
            previous = current;
        }
        return moved;
    }
}

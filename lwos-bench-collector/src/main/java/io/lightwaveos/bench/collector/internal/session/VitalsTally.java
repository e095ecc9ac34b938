package io.lightwaveos.bench.collector.internal.session;

import com.fasterxml.jackson.databind.JsonNode;
import io.lightwaveos.bench.collector.DeviceVitals;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.protocol.DeviceProtocol;
import io.lightwaveos.bench.text.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * The device vitals of one run so far: every {@code device.status} answer adds its frame rate and
 * CPU load and may lower the minimum free heap; {@link #measures()} reduces them to the run's
 * measures as {@link DeviceVitals} describes. A field that is absent, not a number or negative is
 * left out (never read as 0) and named in the problem {@link #add} returns. Session thread only.
 */
final class VitalsTally {

    /** How much of a bad value an event quotes. */
    private static final int QUOTE_MAX = 40;

    private final List<Double> fps = new ArrayList<>();
    private final List<Double> cpuPercent = new ArrayList<>();
    private double freeHeapMin = Double.NaN;

    /**
     * Takes the {@code data} of one {@code device.status} answer.
     *
     * @return {@code null} when {@code fps}, {@code freeHeap} and {@code cpuPercent} were all usable
     *         numbers, else what was wrong ({@code device.status without a usable fps ("fast")});
     *         the usable ones count either way
     */
    String add(JsonNode data) {
        List<String> wrong = new ArrayList<>(3);
        Double f = read(data, "fps", wrong);
        Double heap = read(data, "freeHeap", wrong);
        Double cpu = read(data, "cpuPercent", wrong);
        if (f != null) {
            fps.add(f);
        }
        if (heap != null && !(heap >= freeHeapMin)) {
            freeHeapMin = heap;
        }
        if (cpu != null) {
            cpuPercent.add(cpu);
        }
        return wrong.isEmpty() ? null : DeviceProtocol.DEVICE_STATUS + " without a usable " + String.join(", ", wrong);
    }

    /** The vitals as measures of suite {@value DeviceVitals#SUITE}; empty when nothing usable was answered. */
    MeasureSet measures() {
        MeasureSet.Builder b = MeasureSet.builder(DeviceVitals.SUITE);
        if (!fps.isEmpty()) {
            b.record(DeviceVitals.FPS, values(fps), DeviceVitals.FPS_UNIT, DeviceVitals.FPS_DIRECTION);
        }
        if (!Double.isNaN(freeHeapMin)) {
            b.record(DeviceVitals.FREE_HEAP_MIN, freeHeapMin, DeviceVitals.FREE_HEAP_UNIT,
                    DeviceVitals.FREE_HEAP_DIRECTION);
        }
        if (!cpuPercent.isEmpty()) {
            b.record(DeviceVitals.CPU, values(cpuPercent), DeviceVitals.CPU_UNIT, DeviceVitals.CPU_DIRECTION);
        }
        return b.build();
    }

    private static Double read(JsonNode data, String field, List<String> wrong) {
        JsonNode n = data.path(field);
        if (n.isNumber() && Double.isFinite(n.asDouble()) && n.asDouble() >= 0) {
            return n.asDouble();
        }
        wrong.add(field + (n.isMissingNode() ? " (absent)" : " (" + Printable.truncate(n.toString(), QUOTE_MAX) + ")"));
        return null;
    }

    private static double[] values(List<Double> list) {
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i);
        }
        return out;
    }
}

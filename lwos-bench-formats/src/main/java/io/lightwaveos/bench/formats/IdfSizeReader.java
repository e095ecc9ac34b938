package io.lightwaveos.bench.formats;

import io.lightwaveos.bench.formats.FormatException.Reason;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code idf.py size --format json}: one object of footprint numbers in bytes, such as
 * {@code "used_dram": 11040, "dram_total": 180736, "used_dram_ratio": 0.06, "flash_code": 81690,
 * "total_size": 114770}. Every key is a measure of suite {@code idf-size}, under its own name:
 * sizes and ratios are lower is better, {@code *_remain} (free space) higher is better,
 * {@code *_total} (a memory's capacity) is reported and never gated. Sizes must be whole,
 * non-negative numbers; a value that is not a number is refused.
 */
final class IdfSizeReader implements ResultReader {

    static final String SUITE = "idf-size";
    /** Keys every {@code idf.py size} summary has one of; what {@code auto} recognises it by. */
    static final Set<String> SIGNATURE = Set.of("total_size", "used_dram", "used_diram", "used_iram",
            "flash_code", "dram_data", "used_flash_non_ram");

    @Override
    public ReadResult read(SourceText source, FormatLimits limits) {
        JsonTree.Obj root = JsonTree.parse(source, limits)
                .asObject("the object idf.py size --format json prints, such as {\"total_size\": 114770, ...}");
        if (root.fields.keySet().stream().noneMatch(SIGNATURE::contains)) {
            throw FormatException.at(root.line, Reason.SHAPE, "expected idf.py size's summary with keys such as "
                    + "total_size, used_dram or flash_code, found none of them");
        }
        MeasureSet.Builder measures = MeasureSet.builder(SUITE);
        root.fields.forEach((key, node) -> {
            double value = node.asNumber("a size in bytes");
            boolean ratio = key.endsWith("_ratio");
            if (value < 0 || (!ratio && value != Math.rint(value))) {
                throw node.problem(Reason.VALUE, "expected " + (ratio ? "a ratio of 0 or more" : "a whole number of bytes")
                        + ", got " + ((JsonTree.Num) node).text);
            }
            Direction direction = key.endsWith("_total") ? null
                    : key.endsWith("_remain") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
            Checked.at(node, () -> measures.record(key, value, ratio ? "" : "bytes", direction));
        });
        return ReadResult.of(ResultFormat.IDF_SIZE, measures.build(), new LinkedHashMap<>());
    }

    static boolean looksLike(Map<String, JsonTree.Node> fields) {
        return fields.keySet().stream().anyMatch(SIGNATURE::contains);
    }
}

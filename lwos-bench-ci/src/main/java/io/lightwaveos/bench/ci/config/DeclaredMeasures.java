package io.lightwaveos.bench.ci.config;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import io.lightwaveos.bench.metric.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An importer's measures with what the config declares about them (SPEC §14 "Declared measures"):
 * a declared {@code unit} or {@code direction} replaces the importer's; an undeclared measure, or
 * an entry declaring neither, keeps the importer's. A declared unit or direction that differs from
 * the importer's is not replaced silently: one note line says which, where it is declared, and what
 * is stored.
 *
 * <pre>{@code
 * DeclaredMeasures d = DeclaredMeasures.apply(config, result.measures());
 * d.notes().forEach(n -> err.println("note: " + n));
 * store(d.measures());
 * }</pre>
 *
 * @param measures the measures to store, in the importer's order
 * @param notes    one line per measure whose declaration contradicts its importer, without a {@code note:} prefix
 */
public record DeclaredMeasures(MeasureSet measures, List<String> notes) {

    /** Checks the parts are present and copies the notes. */
    public DeclaredMeasures {
        Objects.requireNonNull(measures, "measures");
        notes = List.copyOf(notes);
    }

    /**
     * The measures of {@code imported} with {@code config}'s declarations.
     *
     * @param config   the project config ({@link CiConfig#defaults()} declares nothing)
     * @param imported what the importer read
     */
    public static DeclaredMeasures apply(CiConfig config, MeasureSet imported) {
        if (config.measures().isEmpty()) {
            return new DeclaredMeasures(imported, List.of());
        }
        List<Measure> out = new ArrayList<>(imported.size());
        List<String> notes = new ArrayList<>();
        for (Measure m : imported) {
            Optional<MeasureConfig> declared = config.measure(m);
            if (declared.isEmpty()) {
                out.add(m);
                continue;
            }
            MeasureConfig c = declared.get();
            String unit = c.unit() != null ? c.unit() : m.unit();
            Direction direction = c.direction() != null ? c.direction() : m.direction().orElse(null);
            List<String> differ = new ArrayList<>();
            if (c.unit() != null && !m.unit().isEmpty() && !c.unit().equals(m.unit())) {
                differ.add("unit " + quoted(c.unit()) + " where the file says " + quoted(m.unit()));
            }
            if (c.direction() != null && m.direction().isPresent() && c.direction() != m.direction().get()) {
                differ.add("direction " + c.direction().jsonName() + " where the importer says "
                        + m.direction().get().jsonName());
            }
            if (!differ.isEmpty()) {
                notes.add(m.ref() + ": " + c.source() + ":" + c.line() + " declares " + String.join(" and ", differ)
                        + "; stored as declared");
            }
            out.add(Measure.of(m.suite(), m.name(), unit, direction, m.values()));
        }
        return new DeclaredMeasures(MeasureSet.of(out), notes);
    }

    private static String quoted(String unit) {
        return unit.isEmpty() ? "(none)" : unit;
    }
}

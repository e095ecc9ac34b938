package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.measure.Measure;
import io.lightwaveos.bench.measure.MeasureSet;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractIterableAssert;
import org.assertj.core.api.ObjectAssert;

/**
 * Assertions on a run's measures ({@link MeasureSet}: what a harness recorded, what
 * {@code RunService.measures} returns): every AssertJ iterable assertion, and
 * {@link #measure(String)} to pick one by {@code suite:name} (or a bare name that one suite holds).
 *
 * <pre>{@code
 * assertThat(measures).measure("harness:boot_ms").isLessThan(500.0);
 * }</pre>
 */
public final class MeasureSetAssert extends AbstractIterableAssert<MeasureSetAssert, MeasureSet, Measure, ObjectAssert<Measure>> {

    MeasureSetAssert(MeasureSet actual) {
        super(actual, MeasureSetAssert.class);
    }

    /**
     * Assertions on the measure {@code reference} names: {@code suite:name}, or a bare name when
     * only one suite has it; fails, showing the measures, when there is no such measure or the
     * bare name is in several suites.
     */
    public MeasureAssert measure(String reference) {
        isNotNull();
        Measure m = MeasureLookup.find(actual, reference, "the measures");
        return new MeasureAssert(m, MeasureLookup.context(actual, "the measures"));
    }

    @Override
    protected ObjectAssert<Measure> toAssert(Measure value, String description) {
        return new ObjectAssert<>(value).as(description);
    }

    @Override
    protected MeasureSetAssert newAbstractIterableAssert(Iterable<? extends Measure> iterable) {
        List<Measure> list = new ArrayList<>();
        iterable.forEach(list::add);
        return new MeasureSetAssert(MeasureSet.of(list));
    }
}

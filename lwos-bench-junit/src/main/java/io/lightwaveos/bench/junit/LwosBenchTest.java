package io.lightwaveos.bench.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class (or method) as an lwos-bench test: shorthand for
 * {@code @ExtendWith(LwosBenchExtension.class)}. Test methods, constructors and lifecycle methods
 * may then declare parameters of type {@link BenchCollector}, {@link BenchDevice} or
 * {@link io.lightwaveos.bench.simulator.DeviceSimulator}; see {@link LwosBenchExtension}.
 *
 * <p>A test method then reads, for example: {@code void staysFast(BenchCollector collector)} with
 * {@code assertThat(collector.collect(500).summary()).metric(Metric.AVG_TOTAL_US).p95().isLessThan(180.0)};
 * {@link SimulatedDevice} on the method or class configures the simulator.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(LwosBenchExtension.class)
public @interface LwosBenchTest {
}

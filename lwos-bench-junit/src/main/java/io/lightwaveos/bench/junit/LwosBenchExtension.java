package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.simulator.DeviceSimulator;
import io.lightwaveos.bench.simulator.SimulatorConfig;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Injects what a benchmark test needs: a {@link BenchCollector} (collects from the test's device
 * into memory), the {@link BenchDevice} itself, or the {@link DeviceSimulator}.
 *
 * <p><b>Which device.</b> When the environment variable {@value BenchDevice#URL_VARIABLE} (or the
 * configuration parameter {@value BenchDevice#URL_PARAMETER}) names a URL, {@code BenchDevice}
 * and {@code BenchCollector} use that real device; otherwise a simulator is started on a free
 * loopback port, configured by {@link SimulatedDevice} on the method or class. A
 * {@code DeviceSimulator} parameter always gets the simulator.
 *
 * <p><b>Run-time settings.</b> Each simulator setting can be overridden without recompiling: the
 * configuration parameter or system property {@code lwos.bench.sim.NAME}
 * ({@code -Dlwos.bench.sim.meanTotalUs=160}, {@code -Dlwos.bench.sim.seed=42}) or the environment
 * variable {@code LWOS_BENCH_SIM_NAME} ({@code LWOS_BENCH_SIM_MEAN_TOTAL_US=160}), where NAME is
 * an element of {@link SimulatedDevice}. Unless a seed is given, each test method's simulator is
 * seeded from the test's unique id: methods see different samples, the same ones on every run.
 * When a test using a simulator fails, the failure names the seed and the settings, so it can be
 * rerun with the same samples.
 *
 * <p><b>Life cycle.</b> What a test method's parameters get is started for that method and
 * stopped after it, whether it passed or failed (its port is free again); parallel test methods
 * each get their own simulator. What a constructor or {@code @BeforeAll} method gets lives as long
 * as the test class, and that class's methods then share it.
 */
public final class LwosBenchExtension implements ParameterResolver, TestExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LwosBenchExtension.class);
    private static final String SIMULATOR = "simulator";

    /** Created by JUnit through {@code @ExtendWith} or {@link LwosBenchTest}. */
    public LwosBenchExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == BenchCollector.class || type == BenchDevice.class || type == DeviceSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == DeviceSimulator.class) {
            return simulator(context);
        }
        BenchDevice device = device(context);
        return type == BenchDevice.class ? device : new BenchCollector(device, testName(context));
    }

    /** Adds the simulator's seed and settings to a failure (not an abort) of a test that used one. */
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        DeviceSimulator simulator = context.getStore(NAMESPACE).get(SIMULATOR, DeviceSimulator.class);
        if (simulator == null || failure instanceof TestAbortedException) {
            throw failure;
        }
        String hint = SimulatorSettings.rerunHint(simulator.config());
        if (failure instanceof AssertionError) {
            // The same failure, at the same place, with the seed at the end of its message.
            AssertionError withSeed = new AssertionError(failure.getMessage() + System.lineSeparator()
                    + System.lineSeparator() + hint);
            withSeed.setStackTrace(failure.getStackTrace());
            if (failure.getCause() != null) {
                withSeed.initCause(failure.getCause());
            }
            throw withSeed;
        }
        failure.addSuppressed(new SimulatorSeedNote(hint));
        throw failure;
    }

    /** {@code PipelineBenchTest.comparesTwoCollections}: what a collected run is called in messages. */
    private static String testName(ExtensionContext context) {
        String type = context.getTestClass().map(Class::getSimpleName).orElse("test");
        return context.getTestMethod().map(m -> type + "." + m.getName()).orElse(type);
    }

    private static BenchDevice device(ExtensionContext context) {
        Optional<String> url = context.getConfigurationParameter(BenchDevice.URL_PARAMETER)
                .or(() -> Optional.ofNullable(System.getenv(BenchDevice.URL_VARIABLE)))
                .map(String::trim).filter(s -> !s.isEmpty());
        return url.map(BenchDevice::real).orElseGet(() -> BenchDevice.simulated(simulator(context)));
    }

    /** The simulator of this context, started on first use; the store closes it with the context. */
    private static DeviceSimulator simulator(ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        return store.getOrComputeIfAbsent(SIMULATOR, key -> start(context), DeviceSimulator.class);
    }

    private static DeviceSimulator start(ExtensionContext context) {
        SimulatorConfig config;
        try {
            config = SimulatorSettings.resolve(annotation(context), context.getUniqueId(),
                    context::getConfigurationParameter, System::getenv);
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
        try {
            return DeviceSimulator.start(config);
        } catch (RuntimeException e) {
            throw new ParameterResolutionException("cannot start the device simulator (" + config + "): "
                    + e.getMessage(), e);
        }
    }

    /** The nearest {@link SimulatedDevice}: method, then class, then enclosing classes; else the defaults. */
    private static SimulatedDevice annotation(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<AnnotatedElement> element = c.getElement();
            if (element.isPresent() && element.get().isAnnotationPresent(SimulatedDevice.class)) {
                return element.get().getAnnotation(SimulatedDevice.class);
            }
        }
        return Defaults.class.getAnnotation(SimulatedDevice.class);
    }

    /** Carries the annotation's defaults. */
    @SimulatedDevice
    private static final class Defaults {
    }
}

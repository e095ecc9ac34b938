package io.lightwaveos.bench.junit;

/**
 * Attached (suppressed) to an exception that is not an assertion failure, when the failing test
 * used a simulator: its message names the seed and settings to rerun with the same samples.
 */
final class SimulatorSeedNote extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SimulatorSeedNote(String message) {
        super(message, null, false, false);
    }
}

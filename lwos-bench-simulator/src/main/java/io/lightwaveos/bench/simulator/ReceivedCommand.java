package io.lightwaveos.bench.simulator;

/**
 * A text message the simulated device received, recorded so tests can check what a client said.
 *
 * @param connectionId which connection sent it (1, 2, ... in accept order)
 * @param type         its {@code type}, or {@code null} if it was not JSON with a type
 * @param requestId    its {@code requestId}, or {@code null}
 * @param text         the raw text
 */
public record ReceivedCommand(int connectionId, String type, String requestId, String text) {
}

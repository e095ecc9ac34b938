package io.lightwaveos.bench.ci.forge;

import java.util.Objects;

/**
 * What became of one thing sent to a forge or webhook. A failure is a value, never an exception:
 * the verdict's exit code does not depend on the forge. {@link #message()} is one line for stderr,
 * holding no secret.
 *
 * @param outcome what happened
 * @param message null when it went as planned, else one line saying what failed and what to do
 */
public record ForgeResult(Outcome outcome, String message) {

    /** What happened. */
    public enum Outcome {
        /** A new comment was posted. */
        CREATED,
        /** The earlier comment (found by its marker) was replaced. */
        UPDATED,
        /** The status was set, the summary written or the webhook accepted it. */
        SENT,
        /** Not sent, on purpose (no token, not a pull request): {@link #message()} says why. */
        SKIPPED,
        /** Sent and refused, or not reachable: {@link #message()} says why. */
        FAILED
    }

    /** Checks that a skip or failure says why. */
    public ForgeResult {
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.SKIPPED || outcome == Outcome.FAILED) && message == null) {
            throw new IllegalArgumentException(outcome + " needs a message");
        }
    }

    /** A success. */
    static ForgeResult of(Outcome outcome) {
        return new ForgeResult(outcome, null);
    }

    /** Not sent, on purpose. */
    static ForgeResult skipped(String why) {
        return new ForgeResult(Outcome.SKIPPED, why);
    }

    /** Refused or unreachable. */
    static ForgeResult failed(String why) {
        return new ForgeResult(Outcome.FAILED, why);
    }

    /** Whether it arrived (created, updated or sent). */
    public boolean ok() {
        return outcome != Outcome.SKIPPED && outcome != Outcome.FAILED;
    }
}

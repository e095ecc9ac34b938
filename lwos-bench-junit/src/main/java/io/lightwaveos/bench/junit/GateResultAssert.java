package io.lightwaveos.bench.junit;

import io.lightwaveos.bench.analysis.gate.GateResult;
import io.lightwaveos.bench.analysis.gate.GateStatus;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link GateResult}; made by {@link LwosBenchAssertions#assertThat(GateResult)}. */
public final class GateResultAssert extends AbstractAssert<GateResultAssert, GateResult> {

    GateResultAssert(GateResult actual) {
        super(actual, GateResultAssert.class);
    }

    /** Passes unless the gate failed: warnings pass, as {@code lwos-bench check} exits 0 on them. */
    public GateResultAssert passes() {
        isNotNull();
        if (actual.failed(false)) {
            failWithMessage("expected the gate to pass, but it failed:%n%n%s", Tables.gate(actual, false));
        }
        return this;
    }

    /** Passes only without failures and warnings, as {@code lwos-bench check --strict}. */
    public GateResultAssert passesStrictly() {
        isNotNull();
        if (actual.failed(true)) {
            failWithMessage("expected the gate to pass strictly (no warnings), but it is %s:%n%n%s",
                    actual.result().jsonName(), Tables.gate(actual, true));
        }
        return this;
    }

    /** Passes when the gate failed. */
    public GateResultAssert fails() {
        isNotNull();
        if (actual.result() != GateStatus.FAIL) {
            failWithMessage("expected the gate to fail, but it is %s:%n%n%s", actual.result().jsonName(),
                    Tables.gate(actual, false));
        }
        return this;
    }
}

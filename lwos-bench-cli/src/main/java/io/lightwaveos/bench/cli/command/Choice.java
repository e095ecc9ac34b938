package io.lightwaveos.bench.cli.command;

import io.lightwaveos.bench.cli.ExitException;
import io.lightwaveos.bench.service.io.SampleFormat;
import java.util.List;
import java.util.Locale;

/** Checks an option whose value is one of a few words ({@code --format text|json}, a sample file format). */
final class Choice {

    private Choice() {
    }

    /**
     * {@code value} in lower case, if it is one of {@code allowed} (case ignored).
     *
     * @throws ExitException a usage error listing the allowed values
     */
    static String of(String option, String value, String... allowed) {
        String v = value.toLowerCase(Locale.ROOT);
        if (List.of(allowed).contains(v)) {
            return v;
        }
        throw ExitException.usage(option + " must be one of " + String.join(", ", allowed) + "; got \"" + value + "\"");
    }

    /**
     * The sample file format {@code --format} names.
     *
     * @throws ExitException a usage error listing the formats
     */
    static SampleFormat sampleFormat(String value) {
        try {
            return SampleFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw ExitException.usage("--format: " + e.getMessage());
        }
    }
}

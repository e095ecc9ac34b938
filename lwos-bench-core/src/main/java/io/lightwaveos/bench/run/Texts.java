package io.lightwaveos.bench.run;

/** Text normalisation shared by the context types. */
final class Texts {

    private Texts() {
    }

    /** {@code text} stripped, or {@code null} when it is null or blank. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

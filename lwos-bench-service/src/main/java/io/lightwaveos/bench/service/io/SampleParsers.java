package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;

/**
 * The parsers every reader of this package uses, with the same bounds: tokens no sample file needs
 * longer or deeper are refused even within one line or record, and so are duplicate JSON keys.
 */
final class SampleParsers {

    private static final int MAX_STRING = 1 << 20;
    private static final int MAX_NUMBER = 400;
    private static final int MAX_DEPTH = 16;
    private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING).maxNumberLength(MAX_NUMBER).maxNestingDepth(MAX_DEPTH).maxNameLength(MAX_STRING).build();
    /** CSV, bounded. */
    static final CsvMapper CSV = new CsvMapper(CsvFactory.builder().streamReadConstraints(CONSTRAINTS).build());
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(CONSTRAINTS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    /** One JSON value and nothing after it. */
    static final ObjectReader JSON_LINE = JSON.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** The JSON parser factory: bounded tokens, duplicate keys refused. */
    static final JsonFactory JSON_FACTORY = JSON.getFactory();

    private SampleParsers() {
    }

    /**
     * The {@link ImportException} a reader's own input threw (parsers wrap what their input
     * throws), else {@code otherwise}; a token beyond the bounds says which bounds.
     */
    static ImportException ownOr(Throwable e, ImportException otherwise) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ImportException own) {
                return own;
            }
            if (c instanceof StreamConstraintsException) {
                return new ImportException(otherwise.line(), "a value is beyond the limits of this reader (text up to "
                        + MAX_STRING + " characters, numbers up to " + MAX_NUMBER + " digits, nesting up to "
                        + MAX_DEPTH + " levels)");
            }
        }
        return otherwise;
    }
}

package io.lightwaveos.bench.service.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Reads JSONL: one sample object per line; blank lines are skipped. */
final class JsonLinesSampleReader implements SampleFormatReader {

    @Override
    public ExportedRun read(BoundedTextReader reader, SeqCheck sink) throws IOException {
        long index = 0;
        while (true) {
            long line = reader.line();
            String text = reader.readLine();
            if (text == null) {
                return null;
            }
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = SampleParsers.JSON_LINE.readTree(text);
            } catch (JsonProcessingException e) {
                throw SampleParsers.ownOr(e, new ImportException(line, "expected one JSON object on the line, got "
                        + JsonWords.reason(e)));
            }
            sink.accept(line, SampleCells.fromObject(node, index++, line));
        }
    }
}

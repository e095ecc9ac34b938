package io.lightwaveos.bench.store.schema;

/**
 * Version 1 imported the Python tool's {@code firmware_version} into a {@code device-message}
 * event ("imported from the Python tool's database: firmware v2.1.0, device uptime 123456 ms");
 * version 2 keeps it in the context's firmware column. Migration 2 moves it there.
 */
final class LegacyFirmware {

    /** The start of the event text version 1 wrote, up to the firmware version. */
    static final String EVENT_PREFIX = "imported from the Python tool's database: firmware ";

    /** What followed the firmware version in that text when the device uptime was known. */
    static final String UPTIME_SEPARATOR = ", device uptime ";

    /** Sets {@code firmware} of each run with such an event from its first one. */
    static final String FROM_IMPORT_EVENT;

    static {
        int from = EVENT_PREFIX.length() + 1;
        String rest = "substr(e.detail, " + from + ")";
        String cut = "instr(" + rest + ", " + literal(UPTIME_SEPARATOR) + ")";
        FROM_IMPORT_EVENT = "UPDATE runs SET firmware = (SELECT CASE WHEN " + cut + " > 0 THEN substr(e.detail, "
                + from + ", " + cut + " - 1) ELSE " + rest + " END"
                + " FROM run_events e WHERE e.run_key = runs.run_key AND e.type = 'device-message'"
                + " AND substr(e.detail, 1, " + EVENT_PREFIX.length() + ") = " + literal(EVENT_PREFIX)
                + " ORDER BY e.ord LIMIT 1) WHERE firmware IS NULL";
    }

    private LegacyFirmware() {
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

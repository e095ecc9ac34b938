package io.lightwaveos.bench.store.schema;

import java.util.List;
import java.util.Objects;

/**
 * One step of the schema: the SQL that takes a database from {@code version - 1} to
 * {@code version}. {@link SchemaMigrator} runs all statements of a step and the version bump in one
 * transaction, so a step is either wholly applied or not at all.
 *
 * @param version     the {@code PRAGMA user_version} the database has after this step, from 1
 * @param description a short human description, used in error messages
 * @param statements  the DDL/DML statements, run in order; none may manage transactions itself
 */
public record Migration(int version, String description, List<String> statements) {

    /**
     * @throws IllegalArgumentException if the version is below 1 or there are no statements
     */
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be >= 1, got " + version);
        }
        Objects.requireNonNull(description, "description");
        statements = List.copyOf(statements);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("migration " + version + " has no statements");
        }
    }
}

package io.lightwaveos.bench.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of JDBC work run inside a transaction the caller of {@link Transactions} opened.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * Does the work on {@code connection}, inside the transaction; neither commits nor closes.
     *
     * @param connection the transaction's connection
     * @return the result
     * @throws SQLException on any driver failure (the transaction is rolled back)
     */
    T run(Connection connection) throws SQLException;
}

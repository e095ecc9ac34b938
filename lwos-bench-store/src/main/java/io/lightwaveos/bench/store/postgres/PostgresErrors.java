package io.lightwaveos.bench.store.postgres;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Turns the driver's failures into {@link StoreException}s that say what failed, by SQLSTATE:
 * server unreachable, authentication failed, unknown database, or another database error. Messages
 * name the server and database, never the password.
 */
final class PostgresErrors {

    private PostgresErrors() {
    }

    /** The store failure for {@code e}, raised while trying to {@code what}. */
    static StoreException translate(PostgresUrl url, String what, Throwable e) {
        if (e instanceof StoreException se) {
            return se;
        }
        String where = url.user() + "@" + url.host() + ":" + url.port() + "/" + url.database();
        String state = sqlState(e);
        if (state.equals("28P01") || state.equals("28000")) {
            return new StoreException(Reason.ACCESS_DENIED, "authentication failed for " + where
                    + ": check the user and the password (URL, PGPASSWORD or a .pgpass file: PGPASSFILE, else $HOME/.pgpass);"
                    + " nothing was changed", e);
        }
        if (state.equals("08004")) {
            // The server answered and refused the connection: most often it asks for a password and
            // none was given (the driver then never sends one). Not an outage: retrying cannot help.
            String message = firstLine(e);
            if (message.contains("no password")) {
                return new StoreException(Reason.ACCESS_DENIED, "authentication failed for " + where + ": the server"
                        + " asks for a password and none was given; put it in the URL, PGPASSWORD or a .pgpass file"
                        + " (PGPASSFILE, else $HOME/.pgpass); nothing was changed", e);
            }
            return new StoreException(Reason.ACCESS_DENIED, "the server at " + url.host() + ":" + url.port()
                    + " refused the connection for " + where + ": " + message + "; nothing was changed", e);
        }
        if (state.equals("3D000")) {
            return new StoreException(Reason.INVALID, "database \"" + url.database() + "\" does not exist on "
                    + url.host() + ":" + url.port() + "; create it (createdb " + url.database()
                    + ") or fix the URL; nothing was changed", e);
        }
        if (state.equals("42501")) {
            return new StoreException(Reason.ACCESS_DENIED, "user " + url.user() + " may not " + what + " in "
                    + where + " (schema " + url.schema() + "): " + firstLine(e), e);
        }
        if (isUnreachable(e, state)) {
            return new StoreException(Reason.UNAVAILABLE, "cannot reach the PostgreSQL server at " + url.host() + ":"
                    + url.port() + " to " + what + ": " + firstLine(rootCause(e)), e);
        }
        return new StoreException(Reason.IO, "could not " + what + " in " + where + ": " + firstLine(e), e);
    }

    /** Whether {@code e} is the server refusing a second row with the same unique key (SQLSTATE 23505). */
    static boolean isUniqueViolation(Throwable e) {
        return sqlState(e).equals("23505");
    }

    /** Whether the failure means the server is gone or not there (worth retrying a write). */
    private static boolean isUnreachable(Throwable e, String state) {
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof SQLTransientConnectionException || t instanceof java.io.EOFException
                    || t instanceof java.net.SocketException) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return "";
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(Throwable e) {
        if (e instanceof BatchUpdateException b && b.getNextException() != null) {
            // Its own message repeats the statement with the batch's values (sample bytes in hex).
            return firstLine(b.getNextException());
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}

package io.lightwaveos.bench.store.postgres;

import io.lightwaveos.bench.store.StoreException.Reason;
import io.lightwaveos.bench.store.StoreException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a team store is: {@code postgresql://USER[:PASSWORD]@HOST[:PORT]/DB[?schema=NAME][&lease=SECONDS]}
 * (also {@code postgres://}). The password, when the URL has none, comes from {@code PGPASSWORD} or a
 * {@code .pgpass} file ({@link PgPassFile}: {@code PGPASSFILE}, else {@code $HOME/.pgpass}, else
 * {@code .pgpass} in Java's {@code user.home}), as with {@code psql}. {@code schema} names the
 * PostgreSQL schema the tables live in (default {@value #DEFAULT_SCHEMA}), so one database can hold
 * several stores, or a store beside other applications' tables. {@code lease} sets how long a dead
 * writer's run stays RUNNING ({@link PostgresOptions#lease()}, default 15 s).
 *
 * <p>{@link #toString()} and {@link #display()} never contain the password.
 */
public final class PostgresUrl {

    /** The PostgreSQL schema of a store when the URL names none. */
    public static final String DEFAULT_SCHEMA = "lwos_bench";
    /** The port when the URL names none. */
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String user;
    private final String password;
    private final String host;
    private final int port;
    private final String database;
    private final String schema;
    private final Integer leaseSeconds;

    private PostgresUrl(String user, String password, String host, int port, String database, String schema,
            Integer leaseSeconds) {
        this.user = user;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.schema = schema;
        this.leaseSeconds = leaseSeconds;
    }

    /** Whether {@code location} is a PostgreSQL URL (rather than a file path). */
    public static boolean isPostgresUrl(String location) {
        String l = location.strip().toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://");
    }

    /**
     * Parses a URL, taking a missing password from {@code PGPASSWORD} or {@code ~/.pgpass}.
     *
     * @throws StoreException {@link Reason#INVALID} naming what is wrong with it (never repeating a
     *                        password)
     */
    public static PostgresUrl parse(String url) {
        return parse(url, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /**
     * {@link #parse(String)} with the environment and Java's home folder given (tests).
     *
     * @param env      the environment ({@code PGPASSWORD}, {@code PGPASSFILE}, {@code HOME}, {@code PGUSER})
     * @param userHome Java's {@code user.home}, where {@code .pgpass} is looked for last
     */
    public static PostgresUrl parse(String url, Map<String, String> env, Path userHome) {
        Objects.requireNonNull(url, "url");
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw invalid(url, "it is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("postgresql") && !scheme.equals("postgres")) {
            throw invalid(url, "expected the scheme postgresql://");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            throw invalid(url, "expected a host name after postgresql://USER@");
        }
        int port = uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || database.contains("/")) {
            throw invalid(url, "expected one database name after the host, as in postgresql://USER@HOST/DB");
        }
        String user = null;
        String password = null;
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !userInfo.isEmpty()) {
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
        }
        if (user == null || user.isEmpty()) {
            user = env.getOrDefault("PGUSER", System.getProperty("user.name"));
        }
        String schema = DEFAULT_SCHEMA;
        Integer lease = null;
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("lease")) {
                    if (!value.matches("[1-9][0-9]{0,4}")) {
                        throw invalid(url, "expected lease=SECONDS (1 to 99999), got \"" + value + "\"");
                    }
                    lease = Integer.valueOf(value);
                    continue;
                }
                if (!key.equals("schema")) {
                    throw invalid(url, "unknown parameter \"" + key + "\"; known are schema=NAME and lease=SECONDS");
                }
                if (!IDENTIFIER.matcher(value).matches() || value.startsWith("pg_")) {
                    throw invalid(url, "expected schema=NAME with lower-case letters, digits and _, not starting with pg_, got \""
                            + value + "\"");
                }
                schema = value;
            }
        }
        if (password == null || password.isEmpty()) {
            String fromEnv = env.get("PGPASSWORD");
            if (fromEnv != null && !fromEnv.isEmpty()) {
                password = fromEnv;
            } else {
                password = PgPassFile.lookup(passwordFile(env, userHome), host, port, database, user).orElse(null);
            }
        }
        return new PostgresUrl(user, password, host, port, database, schema, lease);
    }

    /**
     * The password file, as libpq finds it: {@code PGPASSFILE} when set (and then only it); else
     * {@code $HOME/.pgpass}; else {@code .pgpass} in Java's {@code user.home} (which differs from
     * {@code $HOME} in some containers and CI jobs).
     */
    private static Path passwordFile(Map<String, String> env, Path userHome) {
        String passFile = env.get("PGPASSFILE");
        if (passFile != null && !passFile.isBlank()) {
            return Path.of(passFile);
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            Path file = Path.of(home).resolve(".pgpass");
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return userHome.resolve(".pgpass");
    }

    /** The user name. */
    public String user() {
        return user;
    }

    /** The password, if one was given or found. Never print it. */
    public Optional<String> password() {
        return Optional.ofNullable(password);
    }

    /** {@code defaults} with the lease the URL asks for, if it asks for one (heartbeat a fifth of it). */
    public PostgresOptions options(PostgresOptions defaults) {
        if (leaseSeconds == null) {
            return defaults;
        }
        java.time.Duration lease = java.time.Duration.ofSeconds(leaseSeconds);
        return defaults.withLease(lease, lease.dividedBy(5));
    }

    /** The server's host name. */
    public String host() {
        return host;
    }

    /** The server's port. */
    public int port() {
        return port;
    }

    /** The database name. */
    public String database() {
        return database;
    }

    /** The PostgreSQL schema holding the store's tables. */
    public String schema() {
        return schema;
    }

    /** The JDBC URL, without user or password (they are passed as properties). */
    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
    }

    /** The URL as a user would type it, without the password. */
    public String display() {
        return "postgresql://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database
                + (schema.equals(DEFAULT_SCHEMA) ? "" : "?schema=" + schema);
    }

    /** {@link #display()}: never the password. */
    @Override
    public String toString() {
        return display();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static StoreException invalid(String url, String why) {
        return new StoreException(Reason.INVALID, "cannot use the database URL " + mask(url) + ": " + why
                + " (postgresql://USER[:PASSWORD]@HOST[:PORT]/DB)");
    }

    /**
     * {@code location} as it may be shown in a message: whatever follows the user name up to the
     * last {@code @} ({@code postgresql://ci:***@host/db}) and the value of every query parameter
     * but {@code schema} and {@code lease} ({@code ?password=***}) masked. Works on malformed URLs
     * too (one slash or none after the scheme, a {@code jdbc:} prefix), since those are the ones
     * echoed in errors; text without a scheme (a file path) is returned as given.
     */
    public static String mask(String location) {
        if (location.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return location.substring(0, 5) + mask(location.substring(5));
        }
        int scheme = schemeLength(location);
        if (scheme < 0) {
            return location;
        }
        int start = scheme + 1;
        while (start < location.length() && location.charAt(start) == '/') {
            start++;
        }
        int at = location.lastIndexOf('@');
        int colon = location.indexOf(':', start);
        int slash = location.indexOf('/', start);
        StringBuilder out = new StringBuilder();
        int rest;
        // A colon before the first slash and an @ after it: a password (or a port, masked too: safe).
        if (at > start && colon >= 0 && colon < at && (slash < 0 || colon < slash)) {
            out.append(location, 0, colon + 1).append("***");
            rest = at;
        } else {
            out.append(location, 0, start);
            rest = start;
        }
        String tail = location.substring(rest);
        int query = tail.indexOf('?');
        if (query < 0) {
            return out.append(tail).toString();
        }
        out.append(tail, 0, query + 1);
        String[] pairs = tail.substring(query + 1).split("&", -1);
        for (int i = 0; i < pairs.length; i++) {
            int eq = pairs[i].indexOf('=');
            String key = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
            out.append(i == 0 ? "" : "&").append(eq < 0 || key.equals("schema") || key.equals("lease")
                    ? pairs[i] : key + "=***");
        }
        return out.toString();
    }

    /**
     * Refuses a location that was meant as a database URL but would be taken for a file path (an
     * SQLite file and its folders created under a name such as {@code postgresql:/user:pw@host/db}):
     * {@code postgresql:} or {@code postgres:} without {@code //}, a {@code jdbc:} prefix, or
     * another scheme followed by {@code ://}. Anything else passes.
     *
     * @throws StoreException {@link Reason#INVALID} saying which URL was probably meant, masked
     */
    public static void refuseMistyped(String location) {
        String l = location.strip();
        String lower = l.toLowerCase(java.util.Locale.ROOT);
        if (isPostgresUrl(l)) {
            return;
        }
        String meant = null;
        if (lower.startsWith("jdbc:")) {
            String rest = l.substring(5);
            meant = isPostgresUrl(rest) ? rest : withTwoSlashes(rest);
            if (meant == null) {
                throw new StoreException(Reason.INVALID, "cannot use \"" + mask(l) + "\": a JDBC URL is not a database"
                        + " location; expected postgresql://USER[:PASSWORD]@HOST[:PORT]/DB or an SQLite file path");
            }
        } else {
            meant = withTwoSlashes(l);
        }
        if (meant != null) {
            throw new StoreException(Reason.INVALID, "cannot use \"" + mask(l) + "\" as a database: it looks like a"
                    + " mistyped URL, not a file path; did you mean " + mask(meant) + " ?");
        }
        int scheme = schemeLength(l);
        if (scheme > 1 && l.startsWith("://", scheme)) {
            throw new StoreException(Reason.INVALID, "cannot use \"" + mask(l) + "\": expected a postgresql:// URL"
                    + " (postgresql://USER[:PASSWORD]@HOST[:PORT]/DB) or an SQLite file path");
        }
    }

    /** {@code postgresql://REST} when {@code text} is {@code postgresql:} or {@code postgres:} without {@code //}. */
    private static String withTwoSlashes(String text) {
        int scheme = schemeLength(text);
        String name = scheme < 0 ? "" : text.substring(0, scheme).toLowerCase(java.util.Locale.ROOT);
        if (!name.equals("postgresql") && !name.equals("postgres")) {
            return null;
        }
        int start = scheme + 1;
        while (start < text.length() && text.charAt(start) == '/') {
            start++;
        }
        return "postgresql://" + text.substring(start);
    }

    /** The length of the URL scheme {@code text} starts with (letter, then letters, digits, +, -, .), or -1. */
    private static int schemeLength(String text) {
        if (text.isEmpty() || !isAsciiLetter(text.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

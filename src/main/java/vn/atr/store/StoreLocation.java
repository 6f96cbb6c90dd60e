package vn.atr.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import vn.atr.domain.Messages;

/**
 * Where a store lives: a SQLite file (a ward's own PC, the default) or a PostgreSQL database on a
 * server ({@code postgresql://HOST:PORT/DATABASE}, optionally {@code ?sslmode=...}), ADR 0100. The
 * user name and password never appear here: they come from the environment or a pgpass file
 * ({@link #connectionProperties()}), so that they stay off command lines and process lists.
 */
public final class StoreLocation {
    /** The scheme that tells a PostgreSQL location from a file name. */
    public static final String POSTGRESQL_PREFIX = "postgresql://";
    private static final java.util.regex.Pattern MISTYPED_ADDRESS =
            java.util.regex.Pattern.compile("^(?i)(jdbc:)?(postgres(ql)?:|[a-z][a-z0-9+.-]+://)");
    /** The database user name (else the driver's default: the pgpass entry or the OS user). */
    public static final String USER_VARIABLE = "ATR_DB_USER";
    /** A file whose content (trimmed) is the password (else pgpass: PGPASSFILE or ~/.pgpass). */
    public static final String PASSWORD_FILE_VARIABLE = "ATR_DB_PASSWORD_FILE";

    private final Path file;
    private final URI server;

    private StoreLocation(Path file, URI server) {
        this.file = file;
        this.server = server;
    }

    public static StoreLocation file(Path file) {
        return new StoreLocation(Objects.requireNonNull(file), null);
    }

    /** Parses what {@code --db} (or the window's settings) holds: a PostgreSQL URL, else a file name. */
    public static StoreLocation parse(String text) {
        String t = text.strip();
        if (!t.regionMatches(true, 0, POSTGRESQL_PREFIX, 0, POSTGRESQL_PREFIX.length())) {
            // "postgres://", "jdbc:postgresql://", "postgresql:/": an address typed wrong, not a file to create
            // (a drive letter, "C:/", is one letter: a file)
            if (MISTYPED_ADDRESS.matcher(t).find()) {
                throw new StoreException(Messages.get("store.pg.badUrl", t, Messages.get("store.pg.urlShape")));
            }
            return file(Path.of(t));
        }
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new StoreException(Messages.get("store.pg.badUrl", t, e.getReason()), e);
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getHost() == null || database.isEmpty() || database.contains("/")) {
            throw new StoreException(Messages.get("store.pg.badUrl", t, Messages.get("store.pg.urlShape")));
        }
        // The message names the server and database only: never echo a password back to a terminal or log.
        String shown = POSTGRESQL_PREFIX + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/" + database;
        if (uri.getUserInfo() != null) {
            throw new StoreException(Messages.get("store.pg.credentialsInUrl", shown));
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String key = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (key.equals("user") || key.equals("password")) {
                    throw new StoreException(Messages.get("store.pg.credentialsInUrl", shown));
                }
            }
        }
        return new StoreLocation(null, uri);
    }

    public boolean isPostgresql() {
        return server != null;
    }

    /** The SQLite file; only for a file location. */
    public Path file() {
        if (file == null) {
            throw new IllegalStateException("not a file store: " + this);
        }
        return file;
    }

    /** The server's host name (a PostgreSQL location). */
    String host() {
        return server.getHost();
    }

    /** The server's port: the one given, else PostgreSQL's 5432. */
    int port() {
        return server.getPort() < 0 ? 5432 : server.getPort();
    }

    /** The database's name (a PostgreSQL location). */
    String database() {
        return server.getPath().replaceFirst("^/", "");
    }

    /** The engine's SQL differences for this location. */
    public Dialect dialect() {
        return server == null ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    /** The JDBC URL (without credentials). */
    String jdbcUrl() {
        return server == null ? "jdbc:sqlite:" + file.toAbsolutePath() : "jdbc:" + server;
    }

    /**
     * The user and password for a PostgreSQL connection: {@value #USER_VARIABLE} and the content of the
     * file named by {@value #PASSWORD_FILE_VARIABLE}; without them the driver reads its pgpass file.
     */
    java.util.Properties connectionProperties() {
        return ServerCredentials.fromEnvironment().properties();
    }

    @Override
    public String toString() {
        return server == null ? file.toString() : server.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreLocation l && Objects.equals(file, l.file) && Objects.equals(server, l.server);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, server);
    }
}

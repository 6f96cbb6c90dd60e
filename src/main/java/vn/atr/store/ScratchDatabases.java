package vn.atr.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Databases a benchmark creates on a PostgreSQL server and drops when it ends, so that it never writes
 * into a database someone gave it. The server's location names the database to connect to for that
 * (normally {@code postgres}); its role must be allowed to create databases.
 */
public final class ScratchDatabases implements AutoCloseable {
    private final StoreLocation server;
    private final List<String> created = new ArrayList<>();

    public ScratchDatabases(StoreLocation server) {
        if (!server.isPostgresql()) {
            throw new IllegalArgumentException("not a PostgreSQL location: " + server);
        }
        this.server = server;
    }

    /** A new empty database named {@code atr_bench_<name>_<pid>}, as a store location. */
    public StoreLocation create(String name) {
        String database = "atr_bench_" + name + "_" + ProcessHandle.current().pid();
        execute("DROP DATABASE IF EXISTS " + database);
        execute("CREATE DATABASE " + database + " TEMPLATE template0 ENCODING 'UTF8'");
        created.add(database);
        String url = server.toString();
        int slash = url.indexOf('/', StoreLocation.POSTGRESQL_PREFIX.length());
        int query = url.indexOf('?');
        return StoreLocation.parse(url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query)));
    }

    /** The server's version, as it reports it (printed beside the figures). */
    public String serverVersion() {
        try (Connection c = PostgresqlStore.connect(server, server.connectionProperties())) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Drops every database this created (each store on it must be closed). */
    @Override
    public void close() {
        for (String database : created) {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
        created.clear();
    }

    private void execute(String sql) {
        try (Connection c = PostgresqlStore.connect(server, server.connectionProperties());
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /**
     * The SQLSTATE of the first database error behind {@code failure}, if any: {@code 40P01} a deadlock,
     * {@code 40001} a serialization failure (what a concurrency benchmark counts).
     */
    public static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                return Optional.of(e.getSQLState());
            }
        }
        return Optional.empty();
    }
}

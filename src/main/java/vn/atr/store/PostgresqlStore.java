package vn.atr.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import vn.atr.domain.Messages;
import vn.atr.domain.OpenStep;

/**
 * Opening a store on a PostgreSQL server (ADR 0100). The server guards its own files, so the SQLite
 * file lock, integrity check and pre-upgrade copy do not apply; a database that holds another
 * program's tables is refused, and one written by a newer ATR too, as for a file.
 */
final class PostgresqlStore {
    /**
     * The driver logs a refused certificate itself (java.util.logging, SEVERE, in English) before it fails; the
     * failure is then said once, in the user's language ({@link ServerProbe#reason}). Held so it is not collected.
     */
    private static final java.util.logging.Logger DRIVER_LOG = java.util.logging.Logger.getLogger("org.postgresql");

    static {
        DRIVER_LOG.setLevel(java.util.logging.Level.OFF);
    }

    private PostgresqlStore() {
    }

    static Database open(StoreLocation location, java.util.function.Consumer<OpenStep> progress) {
        Properties credentials = location.connectionProperties();
        Connection c = connect(location, credentials);
        try {
            boolean fresh = requireAtrOrEmpty(c, location);
            Optional<String> newer = MigrationScripts.newerThanProgram(c, Dialect.POSTGRESQL);
            if (newer.isPresent()) {
                throw new StoreNewerException(Messages.get("store.newerThanProgram", location, newer.get()));
            }
            MigrationSteps steps = new MigrationSteps(progress, fresh);
            if (!fresh) {
                steps.expect(MigrationScripts.pending(c, Dialect.POSTGRESQL));
            }
            if (fresh) {
                ServerProbe.requireCreateRight(c, location);
            }
            migrate(location, credentials, steps);
            ServerProbe.requireTableRights(c, location);
            return Database.ofServer(location, c);
        } catch (SQLException e) {
            closeQuietly(c, e);
            throw new StoreException(Messages.get("store.pg.openFailed", location, ServerProbe.reason(e, location)), e);
        } catch (RuntimeException e) {
            closeQuietly(c, e);
            throw e;
        }
    }

    static Connection connect(StoreLocation location, Properties credentials) {
        try {
            return DriverManager.getConnection(location.jdbcUrl(), credentials);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.pg.openFailed", location, ServerProbe.reason(e, location)), e);
        }
    }

    /** Refuses another program's database; true when it is empty (ATR creates its schema). */
    private static boolean requireAtrOrEmpty(Connection c, StoreLocation location) throws SQLException {
        Dialect d = Dialect.POSTGRESQL;
        if (d.tableExists(c, "flyway_schema_history")) {
            return false;
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(d.countTablesSql())) {
            if (rs.next() && rs.getLong(1) > 0) {
                throw new StoreException(Messages.get("store.pg.notAtrDatabase", location));
            }
        }
        return true;
    }

    private static void migrate(StoreLocation location, Properties credentials, MigrationSteps steps) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(location.jdbcUrl());
        source.setUser(credentials.getProperty("user"));
        source.setPassword(credentials.getProperty("password"));
        source.setApplicationName("ATR");
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations(Dialect.POSTGRESQL.migrationLocations().toArray(String[]::new))
                    .loggers("slf4j")
                    .callbacks(steps)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            Optional<String> right = ServerProbe.missingRight(e, location);
            if (right.isPresent()) { // the role may not create or change ATR's tables: say so, not Flyway's report
                throw new StoreException(Messages.get("store.pg.openFailed", location, right.get()), e);
            }
            throw new StoreException(Messages.get("store.pg.migrationFailed", location, e.getMessage()), e);
        }
    }

    private static void closeQuietly(Connection c, Exception failure) {
        try {
            c.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}

package vn.atr.store;

import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.Messages;

/**
 * Checks, without changing anything, that a PostgreSQL address can hold ATR's store for the credentials
 * this computer would use: the server answers, the login is accepted, the database exists and is ATR's
 * (or empty, with the right to create the tables), and the role may read and write every table. Also
 * says in the user's language why a connection failed ({@link #reason}), for every way a store is opened.
 */
public final class ServerProbe {
    /** Table rights every ATR session needs (the role owns its tables normally: ADR 0100, docs/postgresql.md). */
    private static final List<String> RIGHTS = List.of("SELECT", "INSERT", "UPDATE", "DELETE");

    private ServerProbe() {
    }

    /** What the check found: the user the server saw, and the store's schema version (empty: an empty database). */
    public record Result(String user, Optional<String> schemaVersion) {
    }

    /** Connects to {@code location} and checks it; a {@link StoreException} with the reason if it cannot serve. */
    public static Result probe(StoreLocation location) {
        if (!location.isPostgresql()) {
            throw new IllegalArgumentException("not a server store: " + location);
        }
        try (Connection c = PostgresqlStore.connect(location, location.connectionProperties())) {
            c.setReadOnly(true);
            String user = single(c, "SELECT current_user");
            Dialect d = Dialect.POSTGRESQL;
            if (!d.tableExists(c, "flyway_schema_history")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(d.countTablesSql())) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        throw new StoreException(Messages.get("store.pg.notAtrDatabase", location));
                    }
                }
                requireCreateRight(c, location);
                return new Result(user, Optional.empty());
            }
            Optional<String> newer = MigrationScripts.newerThanProgram(c, d);
            if (newer.isPresent()) {
                throw new StoreNewerException(Messages.get("store.newerThanProgram", location, newer.get()));
            }
            requireTableRights(c, location);
            return new Result(user, Optional.ofNullable(single(c,
                    "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                            + " ORDER BY installed_rank DESC LIMIT 1")));
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.pg.openFailed", location, reason(e, location)), e);
        }
    }

    /**
     * Refuses an empty database in whose schema this role may not create ATR's tables, saying so (Flyway's own
     * failure names neither the schema nor the fix).
     */
    static void requireCreateRight(Connection c, StoreLocation location) throws SQLException {
        String schema = single(c, "SELECT current_schema()");
        if (schema == null || !"t".equals(single(c, "SELECT has_schema_privilege(current_schema(), 'CREATE')"))) {
            throw new StoreException(Messages.get("store.pg.openFailed", location, Messages.get(
                    "store.pg.reason.cannotCreate", single(c, "SELECT current_user"), schema == null ? "public" : schema)));
        }
    }

    /**
     * Refuses a store on whose tables this role lacks a right every session needs, naming them, before any
     * command fails on the first table it touches ("permission denied for table app_user", said as a failed save).
     */
    static void requireTableRights(Connection c, StoreLocation location) throws SQLException {
        List<String> lacking = tablesLackingRights(c);
        if (!lacking.isEmpty()) {
            String named = lacking.size() <= 5 ? String.join(", ", lacking)
                    : String.join(", ", lacking.subList(0, 5)) + Messages.get("store.pg.reason.tablesMore",
                            lacking.size() - 5);
            throw new StoreException(Messages.get("store.pg.openFailed", location,
                    Messages.get("store.pg.reason.tablesLacking", single(c, "SELECT current_user"), named)));
        }
    }

    /** The store's tables on which this role lacks one of {@link #RIGHTS} (pg_class: information_schema hides them). */
    private static List<String> tablesLackingRights(Connection c) throws SQLException {
        StringBuilder all = new StringBuilder();
        for (String right : RIGHTS) {
            all.append(all.length() == 0 ? "" : " AND ").append("has_table_privilege(c.oid, '").append(right).append("')");
        }
        List<String> lacking = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT c.relname FROM pg_class c JOIN pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
                + " AND NOT (" + all + ") ORDER BY c.relname");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lacking.add(rs.getString(1));
            }
        }
        return lacking;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The role's missing right behind {@code failure} (a migration refused by the server, say), if that is why. */
    static Optional<String> missingRight(Throwable failure, StoreLocation location) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException e && "42501".equals(e.getSQLState())) {
                return Optional.of(reason(e, location));
            }
        }
        return Optional.empty();
    }

    /**
     * Why a connection to {@code location} failed, in the user's language: the server does not answer, the
     * login or the password is refused, the database does not exist, the role lacks a right; the driver's
     * own text otherwise.
     */
    static String reason(SQLException e, StoreLocation location) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = e.getMessage() == null ? "" : e.getMessage();
        String user = ServerCredentials.fromEnvironment().effectiveUser();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return Messages.get("store.pg.reason.unknownHost", location.host());
            }
        }
        if (state.equals("28P01")) {
            // without ATR_DB_USER the name is the computer's login name, which is rarely the database's role
            return Messages.get(ServerCredentials.fromEnvironment().user().isPresent()
                    ? "store.pg.reason.badPassword" : "store.pg.reason.badPasswordLoginName", user);
        }
        if (state.equals("28000")) {
            return Messages.get("store.pg.reason.loginRefused", user);
        }
        if (state.equals("3D000")) {
            return Messages.get("store.pg.reason.noDatabase", location.database());
        }
        if (state.equals("42501")) {
            return text.contains("CONNECT")
                    ? Messages.get("store.pg.reason.noConnect", user, location.database())
                    : Messages.get("store.pg.reason.noRights", user, text);
        }
        if (text.contains("no password was provided")) {
            return Messages.get("store.pg.reason.noPassword", user);
        }
        if (text.contains("Invalid sslmode value")) {
            return Messages.get("store.pg.reason.sslmode", text.substring(text.indexOf(':') + 1).strip());
        }
        if (text.contains("could not be verified by hostnameverifier")) {
            return Messages.get("store.pg.reason.tlsHostName", location.host());
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.security.cert.CertPathValidatorException
                    || t instanceof java.security.cert.CertPathBuilderException) {
                return Messages.get("store.pg.reason.tlsUntrusted");
            }
        }
        if (text.contains("Could not open SSL root certificate file")) {
            return Messages.get("store.pg.reason.noRootCertificate",
                    text.substring(text.indexOf("file") + 4).strip().replaceAll("\\.$", ""));
        }
        if (text.contains("SSL")) {
            return Messages.get("store.pg.reason.tls", text);
        }
        if (state.startsWith("08")) {
            return Messages.get("store.pg.reason.unreachable", location.host(), String.valueOf(location.port()));
        }
        return text;
    }
}

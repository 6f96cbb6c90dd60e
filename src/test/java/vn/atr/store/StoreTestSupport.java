package vn.atr.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Test helpers that look at a store file from outside, with plain JDBC. A file name that a PostgreSQL
 * test mapped to a database ({@link PostgresTestServer#databaseFor(Path)}) is read on that database.
 */
public final class StoreTestSupport {
    private StoreTestSupport() {
    }

    /**
     * A SQLite store at {@code file} migrated only up to schema {@code version}, as that release of ATR left it:
     * the start of an upgrade test. Returns its JDBC URL, for writing the old schema's rows.
     */
    public static String atSchema(Path file, String version) {
        String url = "jdbc:sqlite:" + file;
        org.flywaydb.core.Flyway.configure().dataSource(url, null, null)
                .locations("classpath:db/migration", "classpath:db/common").target(version).load().migrate();
        return url;
    }

    /** A digest of every row of every table (in primary-key order): equal digests, equal content. */
    public static String digest(Path file) throws Exception {
        return digest(file, java.util.Set.of());
    }

    /**
     * The digest of the records only: every table but the audit log, for tests comparing a store with
     * its backup or restore (each of which appends its own audit entry).
     */
    public static String recordsDigest(Path file) throws Exception {
        return digest(file, java.util.Set.of("audit_log"));
    }

    /** The digest of the named tables only (stores built apart differ in ids, times and history). */
    public static String tablesDigest(Path file, String... tables) throws Exception {
        java.util.Set<String> wanted = java.util.Set.of(tables);
        return digest(file, name -> !wanted.contains(name));
    }

    private static String digest(Path file, java.util.Set<String> skipped) throws Exception {
        return digest(file, skipped::contains);
    }

    private static String digest(Path file, java.util.function.Predicate<String> skipped) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery(
                    PostgresTestServer.mapped(file).isPresent()
                            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                                    + " AND table_name <> 'audit_log_high' ORDER BY table_name"
                            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (rs.next()) {
                    if (!skipped.test(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            for (String table : tables) {
                md.update(table.getBytes());
                try (ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            md.update(String.valueOf(rs.getObject(i)).getBytes());
                            md.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    public static long count(Path file, String sql) throws Exception {
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    public static String text(Path file, String sql) throws Exception {
        try (Connection c = connect(file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /**
     * Cuts a SQLite store's audit log from entry {@code seq} on, as an attacker who knows the format would: the
     * trigger that forbids it dropped, the entries deleted, the counter mended so that the next entry follows.
     */
    public static void cutAuditLogFrom(Path file, long seq) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER audit_log_no_delete");
            s.executeUpdate("DELETE FROM audit_log WHERE seq >= " + seq);
            s.executeUpdate("UPDATE sqlite_sequence SET seq = (SELECT max(seq) FROM audit_log) WHERE name = 'audit_log'");
        }
    }

    /** A connection to the store at {@code file}: the SQLite file, or the database a PostgreSQL test put there. */
    public static Connection connect(Path file) throws java.sql.SQLException {
        java.util.Optional<StoreLocation> server = PostgresTestServer.mapped(file);
        return server.isPresent() ? PostgresTestServer.get().connect(server.get())
                : DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}

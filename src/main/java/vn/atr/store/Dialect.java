package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The statements that differ between the two engines (ADR 0100), in one place instead of checks
 * scattered through the repositories. Everything else the store says is SQL both engines run as is:
 * ISO text dates, 0/1 integer flags, {@code INSERT ... ON CONFLICT}, {@code LIMIT ? OFFSET ?}.
 */
public enum Dialect {
    SQLITE(List.of("classpath:db/migration", "classpath:db/common")) {
        @Override
        String tableExistsSql() {
            return "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?";
        }

        @Override
        String countTablesSql() {
            return "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        }

        @Override
        String highestAuditSeqSql() {
            return "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'";
        }

        @Override
        void lockAuditChain(Connection c) {
            // SQLite has one writer at a time (and the store lock one program): the chain cannot fork.
        }

        @Override
        void beginWrite(Connection c) {
            // SQLite itself lets one transaction write at a time.
        }

        @Override
        void setCacheKib(Connection c, int kib) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA cache_size = -" + kib);
            }
        }

        @Override
        void checkpoint(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }

        @Override
        void beforeClose(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA optimize");
            }
        }

        @Override
        void afterExplicitIds(Connection c, String table) {
            // AUTOINCREMENT continues after the highest id inserted, whoever gave it.
        }

        @Override
        String matchesSearch(String column) {
            return column + " GLOB ?";
        }

        @Override
        String dayNumber(String column) {
            return "CAST(julianday(" + column + ") - 2451544.5 AS INTEGER)";
        }

        @Override
        String searchPattern(String folded) {
            // GLOB matches case and marks as they are; "*", "?" and "[" stand for themselves inside a class
            return "*" + withClasses(folded, cp -> cp == '*' || cp == '?' || cp == '['
                    ? "[" + Character.toString(cp) + "]" : Character.toString(cp)) + "*";
        }
    },

    POSTGRESQL(List.of("classpath:db/postgresql", "classpath:db/common")) {
        /** Any fixed number: every ATR session appending to the audit log takes this one lock. */
        private static final long AUDIT_LOCK = 0x4154525f41554449L; // "ATR_AUDI"

        @Override
        String tableExistsSql() {
            return "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"
                    + " AND table_name = ?";
        }

        @Override
        String countTablesSql() {
            return "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()";
        }

        @Override
        String highestAuditSeqSql() {
            return "SELECT seq FROM audit_log_high WHERE id = 1";
        }

        /**
         * Two sessions appending at once would both read the same last entry and fork the chain: the
         * transaction-scoped advisory lock makes them take turns (released at commit or rollback).
         */
        @Override
        void lockAuditChain(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, AUDIT_LOCK);
                ps.execute();
            }
        }

        /**
         * Taken first by every write transaction, the audit lock makes ATR's writers take turns as they do
         * on SQLite: a writer never holds rows another one waits for while waiting for the chain itself
         * (a deadlock PostgreSQL would end by failing one of them). Readers take no lock and are never
         * blocked; a writer's transaction is short except a merge, which the others wait for (a login too: it
         * writes its audit entry), at most {@link #writeTurnWaitSeconds()}.
         */
        @Override
        void beginWrite(Connection c) throws SQLException {
            // A writer that stalls (a frozen PC in the middle of a merge) holds the turn until the server ends its
            // connection: the others wait a bounded time, then are told the store is busy (SQL state 55P03).
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('lock_timeout', '" + writeTurnWaitSeconds() + "s', true)");
            }
            lockAuditChain(c);
            try (Statement s = c.createStatement()) {
                s.execute("SELECT set_config('lock_timeout', '0', true)");
            }
        }

        @Override
        void setCacheKib(Connection c, int kib) {
            // The server's shared buffers are its administrator's business.
        }

        @Override
        void checkpoint(Connection c) {
            // No write-ahead file beside the store on the client: the server manages its own log.
        }

        @Override
        void beforeClose(Connection c) {
            // The server's autovacuum keeps statistics current.
        }

        /** An identity column's sequence does not see ids given explicitly: it is moved past them. */
        @Override
        void afterExplicitIds(Connection c, String table) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'")) {
                ps.setString(1, table);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String column = rs.getString(1);
                        try (Statement s = c.createStatement()) {
                            s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + column + "'),"
                                    + " coalesce((SELECT max(" + column + ") FROM " + table + "), 0) + 1, false)");
                        }
                    }
                }
            }
        }

        @Override
        String matchesSearch(String column) {
            return column + " ~ ?";
        }

        @Override
        String dayNumber(String column) {
            return "(CAST(" + column + " AS date) - DATE '2000-01-01')";
        }

        @Override
        String searchPattern(String folded) {
            // a regular expression; a letter or digit is never escaped (a backslash before one is an escape), a sign
            // always is, so that it stands for itself
            return withClasses(folded, cp -> Character.isLetterOrDigit(cp) ? Character.toString(cp)
                    : "\\" + Character.toString(cp));
        }
    };

    private final List<String> migrationLocations;

    Dialect(List<String> migrationLocations) {
        this.migrationLocations = migrationLocations;
    }

    /**
     * A JSON array's elements as a table {@code alias} with one column, {@code value} (each element's JSON), for a
     * {@code CROSS JOIN} after the table whose {@code column} holds the array: a roll-up store's chunks (ADR 0204).
     * Both engines then read an element's fields alike, {@code alias.value ->> N}. SQLite's {@code jsonb_each} parses
     * the text once and hands each element on in its binary form, which {@code ->>} reads without parsing it again
     * for every field: a national report for a custom period took 8.3-9.0 s with it, 15.2-15.4 s with {@code
     * json_each}.
     */
    String jsonArrayElements(String column, String alias) {
        return this == POSTGRESQL ? "json_array_elements(" + column + "::json) AS " + alias + "(value)"
                : "jsonb_each(" + column + ") AS " + alias;
    }

    /**
     * A text {@code parameter} bound as its UTF-8 bytes ({@code setBytes}), taken by the engine as text: a roll-up
     * part's chunks are encoded on the read-ahead threads rather than by the driver on the writing thread (ADR 0206).
     * PostgreSQL checks the bytes as it converts them; SQLite takes them as they are (Java made them).
     */
    String textFromUtf8(String parameter) {
        return this == POSTGRESQL ? "convert_from(" + parameter + ", 'UTF8')" : "CAST(" + parameter + " AS TEXT)";
    }

    /** Flyway locations: the engine's own scripts, then the portable ones both engines share (ADR 0101). */
    List<String> migrationLocations() {
        return migrationLocations;
    }

    /** One parameter: the table name; returns a count (0 or 1). */
    abstract String tableExistsSql();

    /** The number of tables in the store (another program's database is never migrated into). */
    abstract String countTablesSql();

    /** The highest audit sequence number ever given, even if the entry holding it was removed. */
    abstract String highestAuditSeqSql();

    /** Serialises appends to the audit chain across sessions; inside the caller's transaction. */
    abstract void lockAuditChain(Connection c) throws SQLException;

    /** At the start of every write transaction (and rehearsal) of this program. */
    abstract void beginWrite(Connection c) throws SQLException;

    /**
     * How long a write waits for its turn on a server store before it is told the store is busy: 60 seconds, or
     * the system property {@code atr.pg.writeTurnWait} (seconds) where a Department's merges take longer.
     */
    static int writeTurnWaitSeconds() {
        return Math.max(1, Integer.getInteger("atr.pg.writeTurnWait", 60));
    }

    abstract void setCacheKib(Connection c, int kib) throws SQLException;

    abstract void checkpoint(Connection c) throws SQLException;

    abstract void beforeClose(Connection c) throws SQLException;

    /** After rows with explicit ids went into {@code table} (a copy): later inserts must not reuse them. */
    abstract void afterExplicitIds(Connection c, String table) throws SQLException;

    /**
     * The condition that {@code column} holds the search pattern given as its parameter ({@link #searchPattern}):
     * the engine's own matching, so a search reads its rows at the speed of a LIKE.
     */
    abstract String matchesSearch(String column);

    /** A date column (text, yyyy-MM-dd) as the number of days since 01/01/2000, for arithmetic on both engines. */
    abstract String dayNumber(String column);

    /**
     * The pattern that finds, in a text as stored, the search form {@code folded} ({@link vn.atr.domain.Text#fold}):
     * every character whose search form is a letter of it may stand there ("tap" finds "Tập", "TẠP", "tap"), any
     * other character only itself.
     */
    abstract String searchPattern(String folded);

    /**
     * {@code folded} with each letter as the class of every character whose search form it is ("[aàáạ...AÀÁẠ...]",
     * the same bracket syntax in GLOB and in a regular expression), any other character as {@code alone} writes it.
     */
    static String withClasses(String folded, java.util.function.IntFunction<String> alone) {
        StringBuilder out = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            String variants = cp > Character.MAX_VALUE ? "" : vn.atr.domain.Text.variants((char) cp);
            out.append(variants.length() > 1 ? "[" + variants + "]" : alone.apply(cp));
        });
        return out.toString();
    }

    /**
     * After a whole store was loaded at once (a copy): PostgreSQL's planner has no statistics for the new rows until
     * autovacuum comes round, minutes later, and the report's queries on a national store took 1 s instead of 0.15 s.
     */
    void afterBulkLoad(Connection c) throws SQLException {
        if (this == POSTGRESQL) {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        }
    }

    boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(tableExistsSql())) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        }
    }
}

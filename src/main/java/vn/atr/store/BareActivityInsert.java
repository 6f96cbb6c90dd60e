package vn.atr.store;

import java.time.Instant;
import java.util.List;
import vn.atr.domain.Activity;

/**
 * The benchmark floors: activities written the engine's fastest bare way (batched statements on SQLite,
 * {@code COPY} on PostgreSQL), no validation and no repository, into the store's own schema ({@code atr bench
 * store}: what the repository layer costs) or into a plain table without keys, indexes or totals ({@code atr
 * bench scale}: what the engine itself costs).
 */
public final class BareActivityInsert {
    private static final List<String> COLUMNS = List.of("id", "created_at", "updated_at", "updated_by", "version",
            "deleted", "unit_code", "type_code", "start_date", "end_date", "title", "lead_org", "partner_orgs", "topics",
            "target_group", "participants", "quantity", "notes");

    private final Database db;

    public BareActivityInsert(Database db) {
        this.db = db;
    }

    public void insert(List<Activity> activities) {
        write("activity", activities);
    }

    /** The same rows into {@code bench_plain_activity}: the activity's columns, no key, index, check or trigger. */
    public void insertPlain(List<Activity> activities) {
        db.transaction(c -> {
            try (java.sql.Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS bench_plain_activity (id TEXT, created_at TEXT, updated_at TEXT,"
                        + " updated_by TEXT, version INTEGER, deleted INTEGER, unit_code TEXT, type_code TEXT,"
                        + " start_date TEXT, end_date TEXT, title TEXT, lead_org TEXT, partner_orgs TEXT, topics TEXT,"
                        + " target_group TEXT, participants INTEGER, quantity INTEGER, notes TEXT)");
            }
            return null;
        });
        write("bench_plain_activity", activities);
    }

    /** Rows written and the seconds it took. */
    public record Timed(long rows, double seconds) {
        public double rowsPerSecond() {
            return rows / seconds;
        }
    }

    /** The table {@link #reinsertRolledBack} writes into. */
    public enum Shape {
        /** The activity table as it stands: its key, secondary indexes and foreign keys, and every row stored. */
        AS_IS,
        /** The same with its secondary indexes dropped first: its key and foreign keys only. */
        KEY_ONLY,
        /** A new empty table of the activity table's shape (key, indexes, foreign keys): a province's own part. */
        EMPTY_PART,
        /** A roll-up store's parts as they stand (ADR 0203, 0204): its chunks read and written again; records counted. */
        ROLLUP
    }

    /**
     * The schema's own price at the store's present size: the activities of {@code units} written once more by
     * the engine alone (one {@code INSERT ... SELECT}: no Java per row, no validation, no totals, no exchange
     * bookkeeping) into a table of the {@code shape} asked for, in a transaction that is then rolled back, so the
     * store is left as it was (the indexes dropped and the table made for the measure too). Each copy keeps its
     * original's first 24 characters of id (the UUID v7 time and version) and gets 12 new random hex digits: it
     * lands in each B-tree where a new record of that time would, among the rows already there. The commit is not
     * counted (on SQLite it writes every page the rows touched to the log, then into the file): a floor, not the
     * whole price. No merge of those rows into such a table can write them faster.
     */
    public Timed reinsertRolledBack(List<String> units, Shape shape) {
        String newId = db.dialect() == Dialect.POSTGRESQL ? "substr(id, 1, 24) || substr(md5(random()::text), 1, 12)"
                : "substr(id, 1, 24) || lower(hex(randomblob(6)))";
        String columns = String.join(", ", COLUMNS);
        String target = shape == Shape.EMPTY_PART ? "bench_part" : "activity";
        String in = " WHERE unit_code IN (" + String.join(", ", java.util.Collections.nCopies(units.size(), "?")) + ")";
        // A roll-up store's chunks are copied under another unit code (the key's first column): the records they hold
        // are counted, not the rows.
        String sql = shape == Shape.ROLLUP
                ? "INSERT INTO " + RollupParts.TABLE + " (unit_code, half, records, data) SELECT unit_code || '*', half,"
                        + " records, data FROM " + RollupParts.TABLE + in
                : "INSERT INTO " + target + " (" + columns + ") SELECT " + newId + ", "
                        + String.join(", ", COLUMNS.subList(1, COLUMNS.size())) + " FROM activity" + in;
        return db.rehearse(() -> db.transaction(c -> {
            if (shape == Shape.KEY_ONLY) {
                dropSecondaryIndexes(c);
            } else if (shape == Shape.EMPTY_PART) {
                createEmptyPart(c);
            }
            long t0 = System.nanoTime();
            long rows;
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < units.size(); i++) {
                    ps.setString(i + 1, units.get(i));
                }
                rows = ps.executeUpdate();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (shape == Shape.ROLLUP) {
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(records), 0) FROM "
                        + RollupParts.TABLE + in)) {
                    for (int i = 0; i < units.size(); i++) {
                        ps.setString(i + 1, units.get(i));
                    }
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        rows = rs.getLong(1);
                    }
                }
            }
            return new Timed(rows, seconds);
        }));
    }

    private void dropSecondaryIndexes(java.sql.Connection c) throws java.sql.SQLException {
        String list = db.dialect() == Dialect.POSTGRESQL
                ? "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                        + " WHERE x.indrelid = 'activity'::regclass AND NOT x.indisprimary"
                : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' AND sql IS NOT NULL";
        try (java.sql.Statement s = c.createStatement()) {
            for (String name : texts(c, list)) {
                s.execute("DROP INDEX " + name);
            }
        }
    }

    /** {@code bench_part}: the activity table's columns, key, indexes and foreign keys, without its rows. */
    private void createEmptyPart(java.sql.Connection c) throws java.sql.SQLException {
        List<String> ddl = new java.util.ArrayList<>();
        if (db.dialect() == Dialect.POSTGRESQL) {
            ddl.add("CREATE TABLE bench_part (LIKE activity INCLUDING ALL)"); // INCLUDING ALL leaves foreign keys out
            for (String fk : texts(c, "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conrelid = 'activity'::regclass AND contype = 'f'")) {
                ddl.add("ALTER TABLE bench_part ADD " + fk);
            }
        } else {
            for (String sql : texts(c, "SELECT sql FROM sqlite_master WHERE tbl_name = 'activity' AND sql IS NOT NULL"
                    + " ORDER BY type DESC")) { // the table, then its indexes
                ddl.add(sql.replaceFirst("^CREATE TABLE activity\\b", "CREATE TABLE bench_part").replaceFirst(
                        "^CREATE INDEX (\\w+) ON activity\\b", "CREATE INDEX bench_part_$1 ON bench_part"));
            }
        }
        try (java.sql.Statement s = c.createStatement()) {
            for (String sql : ddl) {
                s.execute(sql);
            }
        }
    }

    private static List<String> texts(java.sql.Connection c, String query) throws java.sql.SQLException {
        List<String> texts = new java.util.ArrayList<>();
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                texts.add(rs.getString(1));
            }
        }
        return texts;
    }

    private void write(String table, List<Activity> activities) {
        String now = Instant.now().toString();
        db.transaction(c -> {
            BulkInsert.of(db.dialect()).write(c, table, COLUMNS, (BulkInsert.Upsert) null, activities, (ps, a) -> {
                ps.setString(1, a.meta().id());
                ps.setString(2, now);
                ps.setString(3, now);
                ps.setString(4, "bench");
                ps.setInt(5, 1);
                ps.setInt(6, 0);
                ps.setString(7, a.unitCode());
                ps.setString(8, a.typeCode());
                ps.setString(9, a.startDate().toString());
                ps.setString(10, a.endDate() == null ? null : a.endDate().toString());
                ps.setString(11, a.title());
                ps.setString(12, a.leadOrg());
                ps.setString(13, String.join(";", a.partnerOrgs()));
                ps.setString(14, Columns.setOf(a.topics()));
                ps.setString(15, a.targetGroup());
                ps.setInt(16, a.participants());
                ps.setLong(17, a.quantity());
                ps.setString(18, a.notes());
            });
            return null;
        });
    }
}

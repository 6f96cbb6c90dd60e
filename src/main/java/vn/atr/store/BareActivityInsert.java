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

    /**
     * The schema's own price at the store's present size: the activities of {@code units} written once more by
     * the engine alone (one {@code INSERT ... SELECT}: no Java per row, no validation, no totals, no exchange
     * bookkeeping) into the activity table with its key, indexes and foreign keys, in a transaction that is then
     * rolled back, so the store is left as it was. Each copy keeps its original's first 24 characters of id (the
     * UUID v7 time and version) and gets 12 new random hex digits: it lands in each B-tree where a new record of
     * that time would, among the rows already stored. The commit is not counted (on SQLite it writes every page
     * the rows touched to the log, then into the file): a floor, not the whole price. No merge of those rows can
     * write them faster. {@code keyOnly}: the table's secondary indexes are first dropped in the same transaction
     * (rolled back with it), leaving its key and foreign keys: the price of a table designed without them.
     */
    public Timed reinsertRolledBack(List<String> units, boolean keyOnly) {
        String newId = db.dialect() == Dialect.POSTGRESQL ? "substr(id, 1, 24) || substr(md5(random()::text), 1, 12)"
                : "substr(id, 1, 24) || lower(hex(randomblob(6)))";
        String columns = String.join(", ", COLUMNS);
        String sql = "INSERT INTO activity (" + columns + ") SELECT " + newId + ", "
                + String.join(", ", COLUMNS.subList(1, COLUMNS.size())) + " FROM activity WHERE unit_code IN ("
                + String.join(", ", java.util.Collections.nCopies(units.size(), "?")) + ")";
        return db.rehearse(() -> db.transaction(c -> {
            if (keyOnly) {
                dropSecondaryIndexes(c);
            }
            long t0 = System.nanoTime();
            long rows;
            try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < units.size(); i++) {
                    ps.setString(i + 1, units.get(i));
                }
                rows = ps.executeUpdate();
            }
            return new Timed(rows, (System.nanoTime() - t0) / 1e9);
        }));
    }

    private void dropSecondaryIndexes(java.sql.Connection c) throws java.sql.SQLException {
        String list = db.dialect() == Dialect.POSTGRESQL
                ? "SELECT i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                        + " WHERE x.indrelid = 'activity'::regclass AND NOT x.indisprimary"
                : "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'activity' AND sql IS NOT NULL";
        List<String> names = new java.util.ArrayList<>();
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(list)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        try (java.sql.Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP INDEX " + name);
            }
        }
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

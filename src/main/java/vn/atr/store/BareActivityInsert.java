package vn.atr.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import vn.atr.domain.Activity;

/**
 * The benchmark floors: activities written with one bare batched statement, no validation and no
 * repository, into the store's own schema ({@code atr bench store}: what the repository layer costs) or
 * into a plain table without keys, indexes or totals ({@code atr bench scale}: what SQLite itself costs).
 */
public final class BareActivityInsert {
    private static final String SQL = "INSERT INTO activity (id, created_at, updated_at, updated_by, version, deleted,"
            + " unit_code, type_code, start_date, end_date, title, lead_org, partner_orgs, topics, target_group,"
            + " participants, quantity, notes) VALUES (?, ?, ?, ?, 1, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database db;

    public BareActivityInsert(Database db) {
        this.db = db;
    }

    public void insert(List<Activity> activities) {
        write(SQL, activities);
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
        write(SQL.replace("INSERT INTO activity ", "INSERT INTO bench_plain_activity "), activities);
    }

    private void write(String sql, List<Activity> activities) {
        String now = Instant.now().toString();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (Activity a : activities) {
                    ps.setString(1, a.meta().id());
                    ps.setString(2, now);
                    ps.setString(3, now);
                    ps.setString(4, "bench");
                    ps.setString(5, a.unitCode());
                    ps.setString(6, a.typeCode());
                    ps.setString(7, a.startDate().toString());
                    ps.setString(8, a.endDate() == null ? null : a.endDate().toString());
                    ps.setString(9, a.title());
                    ps.setString(10, a.leadOrg());
                    ps.setString(11, String.join(";", a.partnerOrgs()));
                    ps.setString(12, Columns.setOf(a.topics()));
                    ps.setString(13, a.targetGroup());
                    ps.setInt(14, a.participants());
                    ps.setLong(15, a.quantity());
                    ps.setString(16, a.notes());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}

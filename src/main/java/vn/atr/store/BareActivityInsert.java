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

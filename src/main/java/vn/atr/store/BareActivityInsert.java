package vn.atr.store;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import vn.atr.domain.Activity;

/**
 * The benchmark floor: activities written with one bare batched statement, no validation and no
 * repository. Used only by {@code atr bench store} to show what the repository layer costs.
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
        String now = Instant.now().toString();
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(SQL)) {
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

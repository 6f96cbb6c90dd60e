package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ActivityRow;

/**
 * The activity list filtered in SQL: only the shown columns, with unit and type names joined, so
 * that 100,000 activities load as light rows (the date index narrows the scan to the period).
 */
public final class ActivityListQuery {
    private final Database db;
    private final AdminUnitRepository units;

    public ActivityListQuery(Database db) {
        this.db = db;
        this.units = new AdminUnitRepository(db);
    }

    public List<ActivityRow> list(ActivityFilter f) {
        StringBuilder sql = new StringBuilder("SELECT a.id, a.start_date, a.unit_code, coalesce(u.name, a.unit_code),"
                + " a.type_code, coalesce(t.name_vi, a.type_code), t.name_en, a.title, a.participants, a.quantity"
                + " FROM activity a LEFT JOIN admin_unit u ON u.code = a.unit_code"
                + " LEFT JOIN activity_type t ON t.code = a.type_code"
                + " WHERE a.deleted = 0 AND a.start_date BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>(List.of(f.from().toString(), f.to().toString()));
        if (f.typeCode() != null) {
            sql.append(" AND a.type_code = ?");
            params.add(f.typeCode());
        }
        if (f.unitCode() != null) {
            List<String> codes = units.codesWithin(f.unitCode());
            sql.append(" AND a.unit_code IN (").append("?,".repeat(Math.max(codes.size(), 1) - 1)).append("?)");
            params.addAll(codes.isEmpty() ? List.of(f.unitCode()) : codes);
        }
        if (f.text() != null && !f.text().isBlank()) {
            sql.append(" AND (a.title LIKE ? OR a.lead_org LIKE ? OR a.notes LIKE ?)");
            String like = "%" + f.text().strip() + "%";
            params.addAll(List.of(like, like, like));
        }
        sql.append(" ORDER BY a.start_date DESC, a.id LIMIT ").append(Math.max(1, f.limit()));
        boolean english = "en".equals(vn.atr.domain.Messages.locale().getLanguage());
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                List<ActivityRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String typeName = english && rs.getString(7) != null ? rs.getString(7) : rs.getString(6);
                        rows.add(new ActivityRow(rs.getString(1), java.time.LocalDate.parse(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), typeName, rs.getString(8),
                                rs.getInt(9), rs.getLong(10)));
                    }
                }
                return rows;
            }
        });
    }
}

package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.IndicatorTarget;

/** The year's targets, one per indicator and year; setting one again replaces it. */
public final class TargetRepository {
    private final Database db;

    public TargetRepository(Database db) {
        this.db = db;
    }

    public List<IndicatorTarget> forYear(int year) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT year, indicator_code, target FROM indicator_target"
                    + " WHERE year = ? ORDER BY indicator_code")) {
                ps.setInt(1, year);
                List<IndicatorTarget> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new IndicatorTarget(rs.getInt(1), rs.getString(2), rs.getLong(3)));
                    }
                }
                return out;
            }
        });
    }

    /** Stores the target (replacing the year's previous one for the indicator), audited in the same transaction. */
    public void set(IndicatorTarget t, String author) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO indicator_target (year, indicator_code, target,"
                    + " updated_at, updated_by) VALUES (?, ?, ?, ?, ?) ON CONFLICT (year, indicator_code)"
                    + " DO UPDATE SET target = excluded.target, updated_at = excluded.updated_at,"
                    + " updated_by = excluded.updated_by")) {
                ps.setInt(1, t.year());
                ps.setString(2, t.indicatorCode());
                ps.setLong(3, t.target());
                ps.setString(4, Instant.now().toString());
                ps.setString(5, author);
                ps.executeUpdate();
            }
            db.audit().append(c, author, "target.set", "indicator_target", t.year() + "/" + t.indicatorCode(), null, null,
                    String.valueOf(t.target()));
            return null;
        });
    }

    /** Removes the year's target of the indicator, audited in the same transaction; false when there was none. */
    public boolean remove(int year, String indicatorCode, String author) {
        return db.transaction(c -> {
            int removed;
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM indicator_target WHERE year = ? AND indicator_code = ?")) {
                ps.setInt(1, year);
                ps.setString(2, indicatorCode);
                removed = ps.executeUpdate();
            }
            if (removed > 0) {
                db.audit().append(c, author, "target.remove", "indicator_target", year + "/" + indicatorCode, null,
                        null, null);
            }
            return removed > 0;
        });
    }
}

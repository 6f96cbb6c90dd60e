package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.catalog.AgeBandEntry;

/** The configured age bands (migration V14). Bands are added and retired, never deleted. */
public final class AgeBandRepository {
    private final Database db;

    public AgeBandRepository(Database db) {
        this.db = db;
    }

    /** Every band, retired ones too, in the report's order. */
    public List<AgeBandEntry> list() {
        return db.read(c -> {
            List<AgeBandEntry> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code, label_vi, label_en, min_age, max_age, sort,"
                    + " retired_on FROM age_band ORDER BY sort, code"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(new AgeBandEntry(rs.getString("code"), rs.getString("label_vi"), rs.getString("label_en"),
                            integer(rs, "min_age"), integer(rs, "max_age"), rs.getInt("sort"),
                            Columns.date(rs, "retired_on")));
                }
            }
            return all;
        });
    }

    /** Adds a band or stores a changed one (joins the caller's transaction). */
    public void save(AgeBandEntry b) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO age_band (code, label_vi, label_en, min_age,"
                    + " max_age, sort, active, retired_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET"
                    + " label_vi = excluded.label_vi, label_en = excluded.label_en, min_age = excluded.min_age,"
                    + " max_age = excluded.max_age, sort = excluded.sort, active = excluded.active,"
                    + " retired_on = excluded.retired_on")) {
                ps.setString(1, b.code());
                ps.setString(2, b.labelVi());
                ps.setString(3, b.labelEn() == null || b.labelEn().isBlank() ? b.labelVi() : b.labelEn());
                ps.setObject(4, b.minAge() == null ? null : b.minAge().longValue(), java.sql.Types.BIGINT);
                ps.setObject(5, b.maxAge() == null ? null : b.maxAge().longValue(), java.sql.Types.BIGINT);
                ps.setInt(6, b.order());
                ps.setInt(7, b.active() ? 1 : 0);
                Columns.setDate(ps, 8, b.retiredOn());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static Integer integer(ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : (int) v;
    }
}

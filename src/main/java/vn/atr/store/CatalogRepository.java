package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.Measure;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ValidationException;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.domain.catalog.IndicatorSection;

/**
 * The indicator catalogue (migration V9: the activity_type table that activity.type_code references,
 * with metrics as entries of kind METRIC). Entries are added and changed, never deleted.
 */
public final class CatalogRepository {
    private static final String COLUMNS = "code, kind, name_vi, name_en, group_code, section, measure, unit_vi,"
            + " unit_en, sort, introduced_on, retired_on";

    private final Database db;

    public CatalogRepository(Database db) {
        this.db = db;
    }

    /** Every entry, retired ones too, in the catalogue's order. */
    public List<Indicator> list() {
        return db.read(c -> {
            List<Indicator> all = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM activity_type ORDER BY sort, code");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    all.add(map(rs));
                }
            }
            return all;
        });
    }

    public Optional<Indicator> find(String code) {
        return list().stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** Adds a new entry or stores a changed one (joins the caller's transaction). */
    public void save(Indicator e) {
        ValidationException.throwIfAny(RecordValidator.validate(e));
        db.transaction(c -> {
            upsert(c, e);
            return null;
        });
    }

    private static void upsert(Connection c, Indicator e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO activity_type (" + COLUMNS + ", active)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) ON CONFLICT (code) DO UPDATE SET"
                + " name_vi = excluded.name_vi, name_en = excluded.name_en, group_code = excluded.group_code,"
                + " section = excluded.section, measure = excluded.measure, unit_vi = excluded.unit_vi,"
                + " unit_en = excluded.unit_en, sort = excluded.sort, introduced_on = excluded.introduced_on,"
                + " retired_on = excluded.retired_on")) {
            ps.setString(1, e.code());
            ps.setString(2, e.kind().name());
            ps.setString(3, e.nameVi());
            ps.setString(4, e.nameEn() == null || e.nameEn().isBlank() ? e.nameVi() : e.nameEn());
            ps.setString(5, e.group().name());
            ps.setString(6, e.section().name());
            ps.setString(7, e.measure().name());
            ps.setString(8, e.unitVi());
            ps.setString(9, e.unitEn() == null ? "" : e.unitEn());
            ps.setInt(10, e.order());
            Columns.setDate(ps, 11, e.introducedOn());
            Columns.setDate(ps, 12, e.retiredOn());
            ps.executeUpdate();
        }
    }

    /** How many records (deleted ones included: they travel in packages) use the entry. */
    public long usage(String code) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT count(*) FROM activity WHERE type_code = ?)"
                    + " + (SELECT count(*) FROM outreach_metric WHERE metric_type = ?)")) {
                ps.setString(1, code);
                ps.setString(2, code);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static Indicator map(ResultSet rs) throws SQLException {
        return new Indicator(rs.getString("code"), IndicatorKind.valueOf(rs.getString("kind")),
                rs.getString("name_vi"), rs.getString("name_en"), IndicatorGroup.valueOf(rs.getString("group_code")),
                IndicatorSection.valueOf(rs.getString("section")), Measure.valueOf(rs.getString("measure")),
                rs.getString("unit_vi"), rs.getString("unit_en"), rs.getInt("sort"),
                Columns.date(rs, "introduced_on"), Columns.date(rs, "retired_on"));
    }
}

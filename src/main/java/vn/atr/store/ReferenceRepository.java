package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.ActivityType;
import vn.atr.domain.Measure;
import vn.atr.domain.Organisation;

/** Activity types and partner organisations: small reference lists an administrator edits. */
public final class ReferenceRepository {
    private final Database db;

    public ReferenceRepository(Database db) {
        this.db = db;
    }

    public List<ActivityType> activityTypes() {
        return entries("ACTIVITY");
    }

    /**
     * The activity types the report counts by their quantity (materials and media: copies, places, items, minutes),
     * whose records need one; the others are counted by their records.
     */
    public java.util.Set<String> typesCountedByQuantity() {
        return db.read(c -> {
            java.util.Set<String> codes = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT code FROM activity_type WHERE kind = 'ACTIVITY'"
                    + " AND section IN ('MATERIALS', 'MEDIA') AND measure <> 'SESSIONS'");
                 java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes;
        });
    }

    /** Catalogue entries of kind METRIC (website visits...), in the same form as the activity types. */
    public List<ActivityType> metricTypes() {
        return entries("METRIC");
    }

    private List<ActivityType> entries(String kind) {
        return db.read(c -> {
            List<ActivityType> types = new ArrayList<>();
            // Catalogue entries of kind ACTIVITY; a retired one stays listed (its records keep it) but inactive.
            // Today from the program's clock, not the engine's: both engines compare the same ISO text.
            try (PreparedStatement ps = c.prepareStatement("SELECT *, CASE WHEN active <> 0 AND (retired_on IS NULL"
                    + " OR retired_on > ?) THEN 1 ELSE 0 END AS offered FROM activity_type"
                    + " WHERE kind = ? ORDER BY sort, code")) {
                ps.setString(1, java.time.LocalDate.now().toString());
                ps.setString(2, kind);
                try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.add(new ActivityType(rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"),
                            Measure.valueOf(rs.getString("measure")), rs.getInt("offered") != 0));
                    }
                }
            }
            return types;
        });
    }

    public Optional<ActivityType> activityType(String code) {
        return activityTypes().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public void saveActivityType(ActivityType t) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO activity_type (code, name_vi, name_en, measure, active) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en,
                        measure = excluded.measure, active = excluded.active""")) {
                ps.setString(1, t.code());
                ps.setString(2, t.nameVi());
                ps.setString(3, t.nameEn());
                ps.setString(4, t.measure().name());
                ps.setInt(5, t.active() ? 1 : 0);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<Organisation> organisations() {
        return db.read(c -> {
            List<Organisation> orgs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM organisation ORDER BY name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    orgs.add(new Organisation(rs.getString("code"), rs.getString("name"), rs.getString("kind"),
                            rs.getInt("active") != 0));
                }
            }
            return orgs;
        });
    }

    public void saveOrganisation(Organisation o) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO organisation (code, name, kind, active) VALUES (?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                        active = excluded.active""")) {
                ps.setString(1, o.code());
                ps.setString(2, o.name());
                ps.setString(3, o.kind());
                ps.setInt(4, o.active() ? 1 : 0);
                ps.executeUpdate();
            }
            return null;
        });
    }
}

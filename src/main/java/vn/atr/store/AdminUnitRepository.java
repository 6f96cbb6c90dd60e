package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.ValidationException;

/** Administrative units with their validity dates. Units are retired (valid_to), never deleted. */
public final class AdminUnitRepository {
    private final Database db;

    public AdminUnitRepository(Database db) {
        this.db = db;
    }

    public List<AdminUnit> listAll() {
        return db.read(c -> query(c, "SELECT * FROM admin_unit ORDER BY level, code"));
    }

    /** The units that ended before {@code day}, with their last day (2025's districts for a period after them). */
    public java.util.Map<String, java.time.LocalDate> endedBefore(java.time.LocalDate day) {
        java.util.Map<String, java.time.LocalDate> ended = new java.util.HashMap<>();
        listAll().stream().filter(u -> u.validTo() != null && u.validTo().isBefore(day))
                .forEach(u -> ended.put(u.code(), u.validTo()));
        return ended;
    }

    /**
     * The units that bore another name on {@code day} than the one they were first listed under (Huyện Thủy
     * Nguyên was Thành phố Thủy Nguyên from 01/01/2025): code to that day's name; the others are not in the map.
     */
    public java.util.Map<String, String> renamedOn(java.time.LocalDate day) {
        return db.read(c -> {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT code, name FROM admin_unit_name"
                    + " WHERE valid_from <= ? ORDER BY code, valid_from")) {
                ps.setString(1, day.toString());
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getString(1), rs.getString(2)); // the latest at the day wins
                    }
                }
            }
            return names;
        });
    }

    /**
     * A unit's name as it was at {@code end} (a period's end), or at its own end before it ({@code ended}): Thành
     * phố Thủy Nguyên for 2025, Huyện Thủy Nguyên for 2024; null for a unit that bore its listed name then.
     */
    public java.util.function.UnaryOperator<String> namesAsThen(java.time.LocalDate end,
                                                               java.util.Map<String, java.time.LocalDate> ended) {
        java.util.Map<java.time.LocalDate, java.util.Map<String, String>> byDay = new java.util.HashMap<>();
        return code -> {
            java.time.LocalDate day = ended.getOrDefault(code, end);
            return byDay.computeIfAbsent(day.isAfter(end) ? end : day, this::renamedOn).get(code);
        };
    }

    public List<AdminUnit> listByLevel(UnitLevel level) {
        return db.read(c -> query(c, "SELECT * FROM admin_unit WHERE level = ? ORDER BY code", level.name()));
    }

    public Optional<AdminUnit> find(String code) {
        return db.read(c -> query(c, "SELECT * FROM admin_unit WHERE code = ?", code).stream().findFirst());
    }

    /** The unit and every unit below it (a district's communes, the city's districts and communes). */
    public List<String> codesWithin(String code) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    WITH RECURSIVE tree(code) AS (
                        SELECT code FROM admin_unit WHERE code = ?
                        UNION SELECT u.code FROM admin_unit u JOIN tree t ON u.parent_code = t.code)
                    SELECT code FROM tree""")) {
                ps.setString(1, code);
                List<String> codes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
                return codes;
            }
        });
    }

    public void save(AdminUnit u) {
        ValidationException.throwIfAny(RecordValidator.validate(u));
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO admin_unit (code, name, level, kind, parent_code, valid_from, valid_to, successor_code)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (code) DO UPDATE SET name = excluded.name, level = excluded.level, kind = excluded.kind,
                        parent_code = excluded.parent_code, valid_from = excluded.valid_from,
                        valid_to = excluded.valid_to, successor_code = excluded.successor_code""")) {
                ps.setString(1, u.code());
                ps.setString(2, u.name());
                ps.setString(3, u.level().name());
                ps.setString(4, u.kind());
                ps.setString(5, u.parentCode());
                Columns.setDate(ps, 6, u.validFrom());
                Columns.setDate(ps, 7, u.validTo());
                ps.setString(8, u.successorCode());
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static List<AdminUnit> query(java.sql.Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            List<AdminUnit> units = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(new AdminUnit(rs.getString("code"), rs.getString("name"),
                            UnitLevel.valueOf(rs.getString("level")), rs.getString("kind"), rs.getString("parent_code"),
                            Columns.date(rs, "valid_from"), Columns.date(rs, "valid_to"),
                            rs.getString("successor_code")));
                }
            }
            return units;
        }
    }
}

package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.AgencySettings;

/** Key-value settings stored with the data (agency names, signer, home province, flags). */
public final class SettingsRepository {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(all().get(key));
    }

    public Map<String, String> all() {
        return db.read(c -> {
            Map<String, String> map = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    map.put(rs.getString(1), rs.getString(2));
                }
            }
            return map;
        });
    }

    public void put(String key, String value) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                ps.setString(1, key);
                ps.setString(2, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the setting, if any. */
    public void remove(String key) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public AgencySettings agency() {
        return agency(all());
    }

    /** The agency named by settings under their stored keys (the store's, or a sample's settings file). */
    public static AgencySettings agency(Map<String, String> s) {
        return new AgencySettings(s.get("agency.superior"), s.get("agency.issuing"), s.get("agency.abbreviation"),
                s.get("agency.place"), s.get("agency.recipient"), s.get("agency.signerTitle"),
                s.get("agency.signerName"), s.getOrDefault("agency.homeProvince", "04"),
                s.get("installation.unit"));
    }

    public void saveAgency(AgencySettings a) {
        db.runInTransaction(() -> {
            put("agency.superior", a.superiorAgency());
            put("agency.issuing", a.issuingAgency());
            put("agency.abbreviation", a.abbreviation());
            put("agency.place", a.placeName());
            put("agency.recipient", a.recipient());
            put("agency.signerTitle", a.signerTitle());
            put("agency.signerName", a.signerName());
            put("agency.homeProvince", a.homeProvinceCode());
            put("installation.unit", a.installationUnitCode());
        });
    }
}

package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.access.Role;

/** Users, their credentials and lockout counters, and the recovery-wrapped data key. */
public final class UserRepository {
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder UNB64 = Base64.getDecoder();
    private final Database db;

    public UserRepository(Database db) {
        this.db = db;
    }

    public boolean anyUser() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_user LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    public void insert(StoredUser u) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO app_user (name, role, unit_code, salt, iterations, verifier, wrapped_key, disabled,
                        failed_logins, locked_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?)""")) {
                ps.setString(1, u.name());
                ps.setString(2, u.role().name());
                ps.setString(3, u.unitCode());
                ps.setString(4, B64.encodeToString(u.salt()));
                ps.setInt(5, u.iterations());
                ps.setString(6, B64.encodeToString(u.verifier()));
                ps.setString(7, u.wrappedKey());
                ps.setInt(8, u.disabled() ? 1 : 0);
                ps.setString(9, u.createdAt().toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** New password material (and re-wrapped key); also clears the failure counter. */
    public void updateCredentials(StoredUser u) {
        update("UPDATE app_user SET salt = ?, iterations = ?, verifier = ?, wrapped_key = ?, failed_logins = 0,"
                + " locked_until = NULL WHERE name = ?", B64.encodeToString(u.salt()), u.iterations(),
                B64.encodeToString(u.verifier()), u.wrappedKey(), u.name());
    }

    public void recordFailures(String name, int failures, Instant lockedUntil) {
        update("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE name = ?", failures,
                lockedUntil == null ? null : lockedUntil.toString(), name);
    }

    public void setDisabled(String name, boolean disabled) {
        update("UPDATE app_user SET disabled = ? WHERE name = ?", disabled ? 1 : 0, name);
    }

    public Optional<StoredUser> find(String name) {
        List<StoredUser> found = query("SELECT * FROM app_user WHERE name = ?", name);
        return found.stream().findFirst();
    }

    public List<StoredUser> listAll() {
        return query("SELECT * FROM app_user ORDER BY name");
    }

    public Optional<String> recoveryWrappedKey() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT wrapped_key FROM key_recovery WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    public void saveRecoveryWrappedKey(String wrapped) {
        update("INSERT INTO key_recovery (id, wrapped_key, created_at) VALUES (1, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET wrapped_key = excluded.wrapped_key, created_at = excluded.created_at",
                wrapped, Instant.now().toString());
    }

    private void update(String sql, Object... params) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                ps.executeUpdate();
            }
            return null;
        });
    }

    private List<StoredUser> query(String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                List<StoredUser> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(map(rs));
                    }
                }
                return out;
            }
        });
    }

    private static StoredUser map(ResultSet rs) throws SQLException {
        String locked = rs.getString("locked_until");
        return new StoredUser(rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
                UNB64.decode(rs.getString("salt")), rs.getInt("iterations"), UNB64.decode(rs.getString("verifier")),
                rs.getString("wrapped_key"), rs.getInt("disabled") != 0, rs.getInt("failed_logins"),
                locked == null ? null : Instant.parse(locked), Instant.parse(rs.getString("created_at")));
    }
}

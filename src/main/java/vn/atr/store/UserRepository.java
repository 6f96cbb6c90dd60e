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

/** Users, their credentials, seals and lockout counters, the recovery-wrapped data key and the account key. */
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
                        failed_logins, locked_until, created_at, seal, seal_verifier, seal_link, signing_grant)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, u.name());
                ps.setString(2, u.role().name());
                ps.setString(3, u.unitCode());
                ps.setString(4, B64.encodeToString(u.salt()));
                ps.setInt(5, u.iterations());
                ps.setString(6, B64.encodeToString(u.verifier()));
                ps.setString(7, u.wrappedKey());
                ps.setInt(8, u.disabled() ? 1 : 0);
                ps.setString(9, u.createdAt().toString());
                ps.setString(10, u.seal());
                ps.setString(11, u.sealVerifier());
                ps.setString(12, u.sealLink());
                ps.setString(13, u.signingGrant());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** New password material (and re-wrapped key) with its seal; also clears the failure counter. */
    public void updateCredentials(StoredUser u) {
        update("UPDATE app_user SET salt = ?, iterations = ?, verifier = ?, wrapped_key = ?, failed_logins = 0,"
                + " locked_until = NULL, seal = ?, seal_verifier = ?, seal_link = ?, signing_grant = ? WHERE name = ?",
                B64.encodeToString(u.salt()), u.iterations(), B64.encodeToString(u.verifier()), u.wrappedKey(),
                u.seal(), u.sealVerifier(), u.sealLink(), u.signingGrant(), u.name());
    }

    /**
     * The account's first copy of the package signing key, made at its login under the password key it checked:
     * written only while the account has no copy, is enabled and still has that password ({@code verifier}), so a
     * reset or a disabling that came between the login's read and this write (another user of a server store)
     * keeps what it wrote. True when written.
     */
    public boolean addSigningGrant(String name, String grant, byte[] verifier) {
        return db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE app_user SET signing_grant = ? WHERE name = ?"
                    + " AND signing_grant IS NULL AND disabled = 0 AND verifier = ?")) {
                ps.setString(1, grant);
                ps.setString(2, name);
                ps.setString(3, B64.encodeToString(verifier));
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The account's copy of the package signing key (ADR 0190), set or dropped by an administrator's action. */
    public void setSigningGrant(String name, String grant) {
        update("UPDATE app_user SET signing_grant = ? WHERE name = ?", grant, name);
    }

    /** A new seal for the row as it is (an administrator's confirmation, or sealing an older store). */
    public void updateSeal(StoredUser u) {
        update("UPDATE app_user SET seal = ?, seal_verifier = ?, seal_link = ? WHERE name = ?", u.seal(),
                u.sealVerifier(), u.sealLink(), u.name());
    }

    public void recordFailures(String name, int failures, Instant lockedUntil) {
        update("UPDATE app_user SET failed_logins = ?, locked_until = ? WHERE name = ?", failures,
                lockedUntil == null ? null : lockedUntil.toString(), name);
    }

    /** A new role and unit with the new password material they came with (see {@link #updateCredentials}). */
    public void updateRole(StoredUser u) {
        update("UPDATE app_user SET role = ?, unit_code = ? WHERE name = ?", u.role().name(), u.unitCode(), u.name());
        updateCredentials(u);
    }

    /** Disables or enables the account, with its new seal; enabling also clears the failure counter. */
    public void setDisabled(StoredUser u) {
        update("UPDATE app_user SET disabled = ?, seal = ?, seal_verifier = ?, seal_link = ?,"
                + " failed_logins = CASE WHEN ? THEN failed_logins ELSE 0 END,"
                + " locked_until = CASE WHEN ? THEN locked_until ELSE NULL END WHERE name = ?",
                u.disabled() ? 1 : 0, u.seal(), u.sealVerifier(), u.sealLink(), u.disabled(), u.disabled(), u.name());
    }

    /** The installation's account key: public half and private half encrypted under the data key. */
    public record StoredAccountKey(String publicKey, String privateKey) {
    }

    public Optional<StoredAccountKey> accountKey() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT public_key, private_key FROM account_key WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredAccountKey(rs.getString(1), rs.getString(2)))
                        : Optional.<StoredAccountKey>empty();
            }
        });
    }

    public void saveAccountKey(StoredAccountKey key) {
        update("INSERT INTO account_key (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)"
                + " ON CONFLICT (id) DO UPDATE SET public_key = excluded.public_key,"
                + " private_key = excluded.private_key, created_at = excluded.created_at",
                key.publicKey(), key.privateKey(), Instant.now().toString());
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
                locked == null ? null : Instant.parse(locked), Instant.parse(rs.getString("created_at")),
                rs.getString("seal"), rs.getString("seal_verifier"), rs.getString("seal_link"),
                rs.getString("signing_grant"));
    }
}

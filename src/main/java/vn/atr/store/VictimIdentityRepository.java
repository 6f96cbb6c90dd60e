package vn.atr.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.atr.domain.Messages;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ValidationException;
import vn.atr.domain.VictimIdentity;
import vn.atr.security.DataKey;
import vn.atr.security.KeyMismatchException;

/**
 * Victims' personal identifiers, kept apart from the statistical record: the one place that
 * encryption at rest applies to. Once the store has users,
 * every identifier column holds AES-GCM ciphertext bound to its row and column; reading or writing
 * then needs the data key, which the logged-in session lends with {@link #unlock(DataKey)}.
 * A store without users (single-user mode) keeps identifiers as before, in clear, until its first
 * administrator is created, which encrypts them ({@link #encryptClearRows}).
 */
public final class VictimIdentityRepository {
    private static final String[] COLUMNS = {"full_name", "id_number", "address", "phone"};
    private final Database db;
    private volatile DataKey key;

    public VictimIdentityRepository(Database db) {
        this.db = db;
    }

    /** Lends the session's data key (null locks again). The key is not copied or stored. */
    public void unlock(DataKey dataKey) {
        this.key = dataKey;
    }

    public void save(VictimIdentity identity, String author) {
        ValidationException.throwIfAny(RecordValidator.validate(identity));
        db.transaction(c -> {
            DataKey k = keyFor(c);
            String[] values = {identity.fullName(), identity.idNumber(), identity.address(), identity.phone()};
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO victim_identity (victim_id, full_name, id_number, address, phone, updated_at, updated_by,
                        encrypted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (victim_id) DO UPDATE SET full_name = excluded.full_name,
                        id_number = excluded.id_number, address = excluded.address, phone = excluded.phone,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by,
                        encrypted = excluded.encrypted""")) {
                ps.setString(1, identity.victimId());
                for (int i = 0; i < COLUMNS.length; i++) {
                    ps.setString(2 + i, k == null ? values[i] : k.encrypt(values[i], aad(identity.victimId(), i)));
                }
                ps.setString(6, Instant.now().toString());
                ps.setString(7, author);
                ps.setInt(8, k == null ? 0 : 1);
                ps.executeUpdate();
            }
            db.audit().append(c, author, "identity.save", "victim_identity", identity.victimId(), null, null, null);
            return null;
        });
    }

    public Optional<VictimIdentity> find(String victimId) {
        return db.read(c -> read(c, "SELECT * FROM victim_identity WHERE victim_id = ?", victimId)).stream().findFirst();
    }

    /** Every stored identity, decrypted (the compiler's list). */
    public List<VictimIdentity> listAll() {
        return db.read(c -> read(c, "SELECT * FROM victim_identity ORDER BY victim_id"));
    }

    /** Encrypts every row still in clear (stores made before encryption); returns how many. */
    public int encryptClearRows(DataKey dataKey, String author) {
        return db.transaction(c -> {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT victim_id, full_name, id_number, address, phone FROM victim_identity WHERE encrypted = 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)});
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE victim_identity SET full_name = ?, id_number = ?,"
                    + " address = ?, phone = ?, encrypted = 1 WHERE victim_id = ?")) {
                for (String[] r : rows) {
                    for (int i = 0; i < COLUMNS.length; i++) {
                        ps.setString(1 + i, dataKey.encrypt(r[1 + i], aad(r[0], i)));
                    }
                    ps.setString(5, r[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (!rows.isEmpty()) {
                db.audit().append(c, author, "identity.encrypt", "victim_identity", null, null, null,
                        rows.size() + " rows encrypted");
            }
            return rows.size();
        });
    }

    /** The key to write with: none while the store has no users, the session's key once it has. */
    private DataKey keyFor(Connection c) throws SQLException {
        if (!isProtected(c)) {
            return null;
        }
        DataKey k = key;
        if (k == null) {
            throw new StoreException(Messages.get("security.identitiesLocked"));
        }
        return k;
    }

    /**
     * Protected means "the store has users", never "a key row exists": deleting the recovery row must
     * not switch encryption off (the V11 trigger refuses a clear row in a store with users as well).
     */
    private static boolean isProtected(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_user LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** Victims whose identifiers are stored in clear although the store has users (a tampered file). */
    public List<String> clearRowsInProtectedStore() {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT victim_id FROM victim_identity WHERE encrypted = 0"
                    + " AND EXISTS (SELECT 1 FROM app_user) ORDER BY victim_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        });
    }

    private List<VictimIdentity> read(Connection c, String sql, Object... params) throws SQLException {
        List<VictimIdentity> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString("victim_id");
                    String[] v = new String[COLUMNS.length];
                    boolean encrypted = rs.getInt("encrypted") != 0;
                    DataKey k = key;
                    if (encrypted && k == null) {
                        throw new StoreException(Messages.get("security.identitiesLocked"));
                    }
                    for (int i = 0; i < COLUMNS.length; i++) {
                        String raw = rs.getString(COLUMNS[i]);
                        v[i] = encrypted ? decrypt(k, raw, id, i) : raw;
                    }
                    out.add(new VictimIdentity(id, v[0], v[1], v[2], v[3]));
                }
            }
        }
        return out;
    }

    private static String decrypt(DataKey k, String raw, String id, int column) {
        try {
            return k.decrypt(raw, aad(id, column));
        } catch (KeyMismatchException e) {
            throw new StoreException(Messages.get("security.identityUnreadable", id));
        }
    }

    private static String aad(String victimId, int column) {
        return "victim_identity/" + victimId + "/" + COLUMNS[column];
    }
}

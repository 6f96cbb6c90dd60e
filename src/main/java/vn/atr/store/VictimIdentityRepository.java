package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ValidationException;
import vn.atr.domain.VictimIdentity;

/**
 * Victims' personal identifiers, kept apart from the statistical record: the one place that
 * encryption at rest and the role rules apply to.
 */
public final class VictimIdentityRepository {
    private final Database db;

    public VictimIdentityRepository(Database db) {
        this.db = db;
    }

    public void save(VictimIdentity identity, String author) {
        ValidationException.throwIfAny(RecordValidator.validate(identity));
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO victim_identity (victim_id, full_name, id_number, address, phone, updated_at, updated_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (victim_id) DO UPDATE SET full_name = excluded.full_name,
                        id_number = excluded.id_number, address = excluded.address, phone = excluded.phone,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by""")) {
                ps.setString(1, identity.victimId());
                ps.setString(2, identity.fullName());
                ps.setString(3, identity.idNumber());
                ps.setString(4, identity.address());
                ps.setString(5, identity.phone());
                ps.setString(6, Instant.now().toString());
                ps.setString(7, author);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<VictimIdentity> find(String victimId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM victim_identity WHERE victim_id = ?")) {
                ps.setString(1, victimId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new VictimIdentity(victimId, rs.getString("full_name"),
                            rs.getString("id_number"), rs.getString("address"), rs.getString("phone")));
                }
            }
        });
    }
}

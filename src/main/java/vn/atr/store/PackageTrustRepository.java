package vn.atr.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.atr.domain.access.AuditHead;
import vn.atr.domain.access.PackageSender;
import vn.atr.domain.access.ReceivedAuditHead;

/** This installation's package signing key, and the package senders this store knows. */
public final class PackageTrustRepository {
    private static final String SENDER_COLUMNS =
            "fingerprint, public_key, unit, installation, status, first_seen, decided_by, decided_at";

    private final Database db;

    public PackageTrustRepository(Database db) {
        this.db = db;
    }

    /**
     * The signing key as stored, encodings in base64 (ADR 0190): {@code privateKey} in clear, or empty once
     * {@code sealed}; {@code dataSealed} the private key under the data key (null until a key holder made it).
     */
    public record StoredKey(String publicKey, String privateKey, boolean sealed, String dataSealed) {
        public StoredKey(String publicKey, String privateKey) {
            this(publicKey, privateKey, false, null);
        }
    }

    public Optional<StoredKey> ownKey() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT public_key, private_key, sealed, data_sealed FROM package_signing_key WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredKey(rs.getString(1), rs.getString(2), rs.getInt(3) == 1,
                        rs.getString(4))) : Optional.empty();
            }
        });
    }

    public void saveOwnKey(StoredKey key) {
        update("INSERT INTO package_signing_key (id, public_key, private_key, sealed, data_sealed, created_at)"
                + " VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET private_key = excluded.private_key,"
                + " sealed = excluded.sealed, data_sealed = excluded.data_sealed",
                key.publicKey(), key.privateKey(), key.sealed() ? 1 : 0, key.dataSealed(), Instant.now().toString());
    }

    /** Keeps the private key under the data key beside the clear one (a key holder's login). */
    public void saveDataSealed(String dataSealed) {
        update("UPDATE package_signing_key SET data_sealed = ? WHERE id = 1", dataSealed);
    }

    /** Drops the clear private key: from now on only its sealed copies open it. */
    public void dropClearKey() {
        update("UPDATE package_signing_key SET private_key = '', sealed = 1 WHERE id = 1 AND data_sealed IS NOT NULL");
    }

    public Optional<PackageSender> find(String fingerprint) {
        return query("SELECT " + SENDER_COLUMNS + " FROM package_sender WHERE fingerprint = ?", fingerprint).stream()
                .findFirst();
    }

    public List<PackageSender> list() {
        return query("SELECT " + SENDER_COLUMNS + " FROM package_sender ORDER BY status, unit, fingerprint");
    }

    /** Adds the sender unless its fingerprint is already known (a pending entry never overwrites a decision). */
    public void addIfAbsent(PackageSender s) {
        update("INSERT INTO package_sender (" + SENDER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (fingerprint) DO NOTHING", values(s));
    }

    /** Adds the sender, or replaces what is known of it (an enrolment). */
    public void put(PackageSender s) {
        update("INSERT INTO package_sender (" + SENDER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (fingerprint) DO UPDATE SET public_key = excluded.public_key, unit = excluded.unit,"
                + " installation = excluded.installation, status = excluded.status,"
                + " decided_by = excluded.decided_by, decided_at = excluded.decided_at", values(s));
    }

    /** The newest audit head each sender's packages have shown, by fingerprint (senders without one left out). */
    public Map<String, ReceivedAuditHead> auditHeads() {
        return auditHeads("", null);
    }

    /** The newest audit head one sender's packages have shown (a merge asks for each package's sender). */
    public java.util.Optional<ReceivedAuditHead> auditHead(String fingerprint) {
        return java.util.Optional.ofNullable(auditHeads(" AND fingerprint = ?", fingerprint).get(fingerprint));
    }

    private Map<String, ReceivedAuditHead> auditHeads(String where, String fingerprint) {
        return db.read(c -> {
            Map<String, ReceivedAuditHead> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint, audit_seq, audit_hash, audit_package_at"
                    + " FROM package_sender WHERE audit_hash IS NOT NULL" + where)) {
                if (fingerprint != null) {
                    ps.setString(1, fingerprint);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), new ReceivedAuditHead(new AuditHead(rs.getLong(2), rs.getString(3)),
                                Instant.parse(rs.getString(4))));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The heads this store's newest {@code limit} packages carried, each with the chain's hash at that entry now
     * (null when the entry is gone; the empty chain's head for entry 0), newest first (ADR 0189).
     */
    public List<AuditHead> earlierExportHeads(int limit) {
        return db.read(c -> {
            List<AuditHead> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT h.seq, a.hash FROM package_export_head h"
                    + " LEFT JOIN audit_log a ON a.seq = h.seq ORDER BY h.seq DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long seq = rs.getLong(1);
                        out.add(new AuditHead(seq, seq == 0 ? vn.atr.security.AuditHash.GENESIS : rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    /** The dissolved units whose records the sender may also send (ADR 0196), in code order. */
    public List<String> formerUnits(String fingerprint) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT unit FROM package_sender_former_unit WHERE fingerprint = ? ORDER BY unit")) {
                ps.setString(1, fingerprint);
                List<String> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    /** Lets the sender also send the records of the dissolved {@code unit}; granting it again changes nothing. */
    public void addFormerUnit(String fingerprint, String unit, String by) {
        update("INSERT INTO package_sender_former_unit (fingerprint, unit, granted_by, granted_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (fingerprint, unit) DO NOTHING", fingerprint, unit, by, Instant.now().toString());
    }

    /** Records the head a package of this store carried. */
    public void recordExportHead(long seq) {
        update("INSERT INTO package_export_head (seq, written_at) VALUES (?, ?) ON CONFLICT (seq) DO NOTHING", seq,
                Instant.now().toString());
    }

    /** Keeps {@code head} as the sender's newest (the caller has checked that it is newer). */
    public void recordAuditHead(String fingerprint, ReceivedAuditHead head) {
        update("UPDATE package_sender SET audit_seq = ?, audit_hash = ?, audit_package_at = ? WHERE fingerprint = ?",
                head.head().seq(), head.head().hash(), head.packageWritten().toString(), fingerprint);
    }

    private static Object[] values(PackageSender s) {
        return new Object[] {s.fingerprint(), s.publicKey(), s.unit(), s.installation(), s.status().code(),
                s.firstSeen().toString(), s.decidedBy(), s.decidedAt() == null ? null : s.decidedAt().toString()};
    }

    private void update(String sql, Object... args) {
        db.transaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    private List<PackageSender> query(String sql, Object... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                List<PackageSender> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(sender(rs));
                    }
                }
                return out;
            }
        });
    }

    private static PackageSender sender(ResultSet rs) throws SQLException {
        String decidedAt = rs.getString(8);
        return new PackageSender(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                PackageSender.Status.of(rs.getString(5)), Instant.parse(rs.getString(6)), rs.getString(7),
                decidedAt == null ? null : Instant.parse(decidedAt));
    }
}

package vn.atr.store.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.PackageSender;
import vn.atr.store.Database;
import vn.atr.store.PackageTrustRepository;
import vn.atr.store.StoreTestSupport;

/**
 * Migrations V17 (the senders' audit heads, ADR 0189), V18 (the signing key's sealed copies, ADR 0190) and V19
 * (the heads of the store's own packages) on a
 * store at V16 holding a trusted sender and its own signing key in clear: both are kept as they were, with
 * nothing received or sealed yet, so the store goes on exchanging and seals itself at its users' next logins.
 */
class UpgradeTrustAndSigningKeyTest {
    @TempDir
    Path dir;

    @Test
    void theSendersAndTheClearSigningKeyAreKept() throws Exception {
        Path file = dir.resolve("v16.db");
        String url = StoreTestSupport.atSchema(file, "16");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO package_signing_key (id, public_key, private_key, sealed, created_at)"
                    + " VALUES (1, 'UFVCTElD', 'UFJJVkFURQ==', 0, '2025-11-03T08:00:00Z')");
            s.executeUpdate("INSERT INTO package_sender (fingerprint, public_key, unit, installation, status,"
                    + " first_seen, decided_by, decided_at) VALUES ('2AB1-1B76', 'S0VZ', '305', 'inst-305', 'approved',"
                    + " '2025-11-04T08:00:00Z', 'quantri', '2025-11-04T09:00:00Z')");
        }
        try (Database db = Database.open(file)) {
            PackageTrustRepository trust = new PackageTrustRepository(db);
            PackageSender sender = trust.find("2AB1-1B76").orElseThrow();
            assertThat(sender.status()).isEqualTo(PackageSender.Status.APPROVED);
            assertThat(sender.unit()).isEqualTo("305");
            assertThat(sender.installation()).isEqualTo("inst-305");
            assertThat(sender.decidedBy()).isEqualTo("quantri");
            assertThat(trust.auditHeads()).isEmpty();
            PackageTrustRepository.StoredKey key = trust.ownKey().orElseThrow();
            assertThat(key.publicKey()).isEqualTo("UFVCTElD");
            assertThat(key.privateKey()).isEqualTo("UFJJVkFURQ==");
            assertThat(key.sealed()).isFalse();
            assertThat(key.dataSealed()).isNull();
        }
        assertThat(StoreTestSupport.count(file, "SELECT count(*) FROM package_export_head"))
                .as("V19: no package of this store has carried a head yet").isZero();
    }
}

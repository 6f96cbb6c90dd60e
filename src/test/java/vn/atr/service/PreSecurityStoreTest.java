package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.SECRETS;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.VictimIdentity;
import vn.atr.store.StoreTestSupport;

/** A store written before users and keys existed (schema V3, identifiers in clear) is upgraded and protected on first open. */
class PreSecurityStoreTest {
    @TempDir
    Path dir;

    @Test
    void anOldStoreKeepsItsDataAndGetsItsAdministratorOnFirstOpen() throws Exception {
        Path db = dir.resolve("old.db");
        String url = StoreTestSupport.atSchema(db, "3");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO trafficking_case (id, unit_code, case_code, detection_date, detecting_agency,"
                    + " scope, status, created_at, updated_at, updated_by, version) VALUES ('c1', '305', 'HP-1',"
                    + " '2023-05-10', 'POLICE', 'CROSS_BORDER', 'INVESTIGATING', '2023-05-10T00:00:00Z',"
                    + " '2023-05-10T00:00:00Z', 'an', 1)");
            s.executeUpdate("INSERT INTO victim (id, unit_code, case_id, victim_code, sex, age_band,"
                    + " residence_province_code, legal_status, created_at, updated_at, updated_by, version) VALUES"
                    + " ('v1', '305', 'c1', 'NN-1', 'FEMALE', 'FROM_18_TO_30', '04', 'VICTIM', '2023-05-10T00:00:00Z',"
                    + " '2023-05-10T00:00:00Z', 'an', 1)");
            s.executeUpdate("INSERT INTO victim_identity (victim_id, full_name, id_number, address, phone, updated_at,"
                    + " updated_by) VALUES ('v1', '" + SECRETS.get(0) + "', '" + SECRETS.get(1) + "', '"
                    + SECRETS.get(2) + "', '" + SECRETS.get(3) + "', '2023-05-10T00:00:00Z', 'an')");
        }
        assertThat(SecurityFixtures.secretsInFiles(dir)).isNotEmpty();

        try (Services s = Services.open(db)) { // upgraded to the current schema, still single-user
            assertThat(s.session().isSingleUser()).isTrue();
            assertThat(s.identities().find("v1")).get().extracting(VictimIdentity::fullName).isEqualTo(SECRETS.get(0));
        }
        long victims = StoreTestSupport.count(db, "SELECT count(*) FROM victim");
        try (Services s = Services.open(db)) {
            assertThat(s.auth().createFirstAdministrator("admin", pw(ADMIN_PW)).identitiesEncrypted()).isEqualTo(1);
        }
        assertThat(SecurityFixtures.secretsInFiles(dir)).isEmpty();
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM victim")).isEqualTo(victims);
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            assertThat(s.identities().find("v1")).get()
                    .isEqualTo(new VictimIdentity("v1", SECRETS.get(0), SECRETS.get(1), SECRETS.get(2), SECRETS.get(3)));
            assertThat(s.audit().verify().intact()).isTrue();
        }
    }
}

package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.COMPILER_PW;
import static vn.atr.service.SecurityFixtures.SECRETS;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.Role;
import vn.atr.domain.VictimIdentity;

/** Identifiers at rest: what a copied store file reveals, and that every key path still opens them. */
class IdentityProtectionTest {
    @TempDir
    Path dir;

    @Test
    void identifiersNeverReachTheFilesInClear() throws Exception {
        Path db = dir.resolve("atr.db");
        List<String> ids;
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            ids = SecurityFixtures.victimsWithIdentities(s, "305");
            // the -wal file is still there while the store is open: scan a copy of everything now too
            Files.copy(db, dir.resolve("copy-while-open.db"));
            if (Files.exists(dir.resolve("atr.db-wal"))) {
                Files.copy(dir.resolve("atr.db-wal"), dir.resolve("copy-while-open.db-wal"));
            }
            assertThat(s.identities().find(ids.get(0))).get().extracting(VictimIdentity::fullName)
                    .isEqualTo(SECRETS.get(0));
        }
        assertThat(SecurityFixtures.secretsInFiles(dir)).isEmpty();
    }

    @Test
    void aStoreMadeBeforeUsersIsEncryptedWhenItsFirstAdministratorIsCreated() throws Exception {
        Path db = dir.resolve("old.db");
        List<String> ids;
        try (Services s = Services.open(db)) {
            assertThat(s.session().isSingleUser()).isTrue();
            ids = SecurityFixtures.victimsWithIdentities(s, "305");
        }
        // the scan finds clear text where there is some: the check below is not vacuous
        assertThat(SecurityFixtures.secretsInFiles(dir)).isNotEmpty();

        try (Services s = Services.open(db)) {
            assertThat(s.auth().createFirstAdministrator("admin", pw(ADMIN_PW)).identitiesEncrypted()).isEqualTo(3);
        }
        assertThat(SecurityFixtures.secretsInFiles(dir)).isEmpty();

        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.identities().find(ids.get(0))).isInstanceOf(AccessDeniedException.class);
            s.auth().login("admin", pw(ADMIN_PW));
            assertThat(s.identities().listAll()).extracting(VictimIdentity::idNumber)
                    .containsExactlyInAnyOrder(SECRETS.get(1), SECRETS.get(5), SECRETS.get(7));
        }
    }

    @Test
    void passwordChangeAndRecoveryKeyKeepEveryIdentifierReadable() {
        Path db = dir.resolve("atr.db");
        String recoveryKey;
        try (Services s = Services.open(db)) {
            recoveryKey = s.auth().createFirstAdministrator("admin", pw(ADMIN_PW)).recoveryKey();
            SecurityFixtures.victimsWithIdentities(s, "305");
            s.users().add("hoa", Role.COMPILER, null, pw(COMPILER_PW));
        }
        char[] newCompilerPw = "mat-khau-moi-123".toCharArray();
        try (Services s = Services.open(db)) {
            s.auth().login("hoa", pw(COMPILER_PW));
            s.users().changePassword("hoa", newCompilerPw.clone());
        }
        char[] newAdminPw = "quen-mat-khau-roi".toCharArray();
        try (Services s = Services.open(db)) {
            assertThatThrownBy(() -> s.auth().login("hoa", pw(COMPILER_PW))).isInstanceOf(AccessDeniedException.class);
            s.auth().login("hoa", newCompilerPw.clone());
            assertThat(s.identities().listAll()).extracting(VictimIdentity::fullName)
                    .containsExactlyInAnyOrder(SECRETS.get(0), SECRETS.get(4), SECRETS.get(6));
            s.auth().logout();
            String wrongKey = recoveryKey.replace('A', 'B').replace('0', '1');
            assertThatThrownBy(() -> s.auth().recover("admin", wrongKey, newAdminPw.clone()))
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Khóa khôi phục không đúng");
            assertThatThrownBy(() -> s.auth().recover("khong-co", wrongKey, newAdminPw.clone()))
                    .as("without the key, an unknown name gets the same answer as a known one")
                    .isInstanceOf(AccessDeniedException.class).hasMessage("Khóa khôi phục không đúng");
            assertThatThrownBy(() -> s.auth().recover("khong-co", recoveryKey, newAdminPw.clone()))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("khong-co");
            s.auth().recover("admin", recoveryKey, newAdminPw.clone());
        }
        try (Services s = Services.open(db)) {
            s.auth().login("admin", newAdminPw.clone());
            assertThat(s.identities().listAll()).extracting(VictimIdentity::phone).contains(SECRETS.get(3));
            assertThat(s.audit().list(null, "user.recover", 5)).hasSize(1);
        }
    }
}

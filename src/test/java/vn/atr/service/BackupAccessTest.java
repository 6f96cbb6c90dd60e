package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.COMPILER_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.domain.access.Role;
import vn.atr.store.StoreTestSupport;
import vn.atr.service.backup.BackupService;

/** Backup and restore are the administrator's, and both leave an audit entry (ADR 0050). */
class BackupAccessTest {
    @TempDir
    Path dir;
    Path db;
    Path backup;

    @BeforeEach
    void storeWithUsersAndABackup() {
        db = dir.resolve("atr.db");
        backup = dir.resolve("b.db");
        try (Services s = Services.open(db)) {
            s.auth().createFirstAdministrator("admin", pw(ADMIN_PW));
            s.users().add("hoa", Role.COMPILER, null, pw(COMPILER_PW));
            s.backup().backupTo(backup, null);
        }
    }

    @Test
    void aBackupIsRefusedToACompilerAndLoggedForTheAdministrator() throws Exception {
        try (Services s = Services.open(db)) {
            s.auth().login("hoa", pw(COMPILER_PW));
            assertThatThrownBy(() -> s.backup().backupTo(dir.resolve("x.db"), null))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hoa");
            s.backup().autoBackup(); // the safety net runs for whoever is logged in, and is logged
        }
        assertThat(Files.exists(dir.resolve("x.db"))).isFalse();
        assertThat(StoreTestSupport.count(db,
                "SELECT count(*) FROM audit_log WHERE action = 'backup' AND user_name = 'admin' AND record_id = 'b.db'"))
                .isEqualTo(1);
        assertThat(StoreTestSupport.count(db,
                "SELECT count(*) FROM audit_log WHERE action = 'backup.auto' AND user_name = 'hoa'")).isEqualTo(1);
    }

    @Test
    void aRestoreNeedsAnAdministratorOfTheStoreItReplaces() throws Exception {
        String backupBytes = StoreTestSupport.digest(backup);
        assertThatThrownBy(() -> BackupService.restore(backup, db, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> BackupService.restore(backup, db, null,
                () -> new BackupService.Credentials("hoa", pw(COMPILER_PW))))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("hoa");
        assertThatThrownBy(() -> BackupService.restore(backup, db, null,
                () -> new BackupService.Credentials("admin", "not-the-password".toCharArray())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(StoreTestSupport.count(db,
                "SELECT count(*) FROM audit_log WHERE action = 'login.failed' AND user_name = 'admin'")).isEqualTo(1);
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'restore'")).isZero();
        assertThat(StoreTestSupport.digest(backup)).isEqualTo(backupBytes); // the refusals left the backup alone

        BackupService.restore(backup, db, null, () -> new BackupService.Credentials("admin", pw(ADMIN_PW)));
        assertThat(StoreTestSupport.count(db,
                "SELECT count(*) FROM audit_log WHERE action = 'restore' AND user_name = 'admin' AND record_id = 'b.db'"))
                .isEqualTo(1);
        try (Services s = Services.open(db)) {
            s.auth().login("admin", pw(ADMIN_PW));
            assertThat(s.audit().verify().intact()).isTrue();
        }
    }

    @Test
    void aDamagedStoreIsRestoredByAnAdministratorOfTheBackup() throws Exception {
        Files.write(db, new byte[4096]); // not a database any more
        Files.deleteIfExists(Path.of(db + "-wal"));
        assertThatThrownBy(() -> BackupService.restore(backup, db, null,
                () -> new BackupService.Credentials("hoa", pw(COMPILER_PW)))).isInstanceOf(AccessDeniedException.class);
        String backupBytes = StoreTestSupport.digest(backup);
        BackupService.restore(backup, db, null, () -> new BackupService.Credentials("admin", pw(ADMIN_PW)));
        assertThat(StoreTestSupport.digest(backup)).isEqualTo(backupBytes); // judged on a copy, never written
        assertThat(StoreTestSupport.count(db, "SELECT count(*) FROM audit_log WHERE action = 'restore'")).isEqualTo(1);
    }
}

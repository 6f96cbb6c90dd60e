package vn.atr.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.atr.service.SecurityFixtures.ADMIN_PW;
import static vn.atr.service.SecurityFixtures.pw;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.service.backup.BackupService;

/**
 * A store from schema V1 holds a victim's identifiers in clear, and so does the copy taken before its
 * upgrade. Once the first administrator encrypts the identities, that copy is sealed too: only an
 * AES-GCM {@code .atrbak} remains, which opens with the administrator's password and not without it.
 */
class ClearCopiesSealedTest {
    @TempDir
    Path dir;

    @Test
    void preUpgradeCopyIsSealedWhenTheFirstAdministratorIsCreated() throws Exception {
        Path store = Files.copy(Path.of("src/test/resources/upgrade/atr-v1.db"), dir.resolve("atr.db"));
        try (Services s = Services.open(store)) {
            assertThat(backups()).singleElement().satisfies(p -> assertThat(p.toString()).endsWith(".db"));
            assertThat(s.auth().createFirstAdministrator("admin", pw(ADMIN_PW)).identitiesEncrypted()).isEqualTo(1);
        }
        List<Path> kept = backups();
        assertThat(kept).singleElement().satisfies(p -> assertThat(p.getFileName().toString())
                .startsWith("pre-upgrade-v1-").endsWith(".atrbak"));
        String clearName = "Nguyễn Thị Thử";
        assertThat(new String(Files.readAllBytes(kept.get(0)), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(clearName.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BackupService.inspect(kept.get(0), null)).hasMessageContaining("mật khẩu");
        BackupService.BackupInfo info = BackupService.inspect(kept.get(0), pw(ADMIN_PW));
        assertThat(info.encrypted()).isTrue();
        assertThat(info.schemaVersion()).isEqualTo("1");
        assertThat(info.counts()).containsEntry("victim_identity", 1L).containsEntry("activity", 3L);
    }

    private List<Path> backups() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            return files.filter(p -> !p.getFileName().toString().startsWith(".")).toList();
        }
    }
}

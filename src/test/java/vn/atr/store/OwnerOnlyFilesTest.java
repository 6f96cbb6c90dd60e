package vn.atr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.atr.format.AtomicFiles;
import vn.atr.format.OwnerOnly;

/**
 * Another account on the PC cannot read what ATR writes (docs/security.md): on Linux the store, its
 * -wal/-shm, lock, backups and every output file are 0600, the folders ATR makes 0700, even with the
 * common umask 022 that made them 644/755 before.
 */
class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void theStoreItsLockWalAndBackupsAreTheOwnersOnly() throws Exception {
        Path folder = OwnerOnly.createFolder(dir.resolve("data").resolve("atr"));
        Path file = folder.resolve("atr.db");
        try (Database db = Database.open(file)) {
            new ActivityRepository(db).insert(RepositoryRoundTripTest.activity(1), "an");
            assertThat(mode(Path.of(file + "-wal"))).isEqualTo("rw-------");
            assertThat(mode(Path.of(file + "-shm"))).isEqualTo("rw-------");
            StoreBackup.backup(db, dir.resolve("b.db"));
        }
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(Path.of(file + ".lock"))).isEqualTo("rw-------");
        assertThat(mode(dir.resolve("b.db"))).isEqualTo("rw-------");
        assertThat(mode(folder)).isEqualTo("rwx------");
        assertThat(mode(folder.getParent())).isEqualTo("rwx------");
    }

    @Test
    void everyOutputFileAndARestoredCopyAreTheOwnersOnly() throws Exception {
        Path report = dir.resolve("bao-cao.docx");
        AtomicFiles.write(report, "nội dung".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(mode(report)).isEqualTo("rw-------");
        assertThat(Files.readString(report)).isEqualTo("nội dung");

        Path store = dir.resolve("atr.db");
        Database.open(store).close();
        Path fromUsb = dir.resolve("usb.db");
        Files.copy(store, fromUsb);
        Files.setPosixFilePermissions(fromUsb, PosixFilePermissions.fromString("rw-r--r--"));
        StoreBackup.replaceStore(fromUsb, store);
        assertThat(mode(store)).isEqualTo("rw-------");
    }
}

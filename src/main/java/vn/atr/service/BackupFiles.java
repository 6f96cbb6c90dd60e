package vn.atr.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import vn.atr.domain.Messages;
import vn.atr.security.BackupCipher;
import vn.atr.store.AtomicFiles;

/** File handling around backups: decrypting to a temporary plain copy, keeping a replaced store. */
final class BackupFiles {
    private BackupFiles() {
    }

    /** {@code backup} itself when plain; else a decrypted temporary copy beside it (caller deletes it). */
    static Path plainCopy(Path backup, char[] password) {
        if (!Files.isRegularFile(backup)) {
            throw new ServiceException(Messages.get("backup.missing", backup));
        }
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(backup)) {
                head = in.readNBytes(16);
            }
            if (!BackupCipher.isEncrypted(head)) {
                return backup;
            }
            if (password == null || password.length == 0) {
                throw new ServiceException(Messages.get("backup.passwordNeeded", backup));
            }
            byte[] plain = BackupCipher.decrypt(Files.readAllBytes(backup), password);
            Path temp = Files.createTempFile("atr-restore-", ".db");
            try {
                Files.write(temp, plain);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
            return temp;
        } catch (BackupCipher.BadPasswordException e) {
            throw new ServiceException(Messages.get("backup.badPassword", backup), e);
        } catch (IOException e) {
            throw new ServiceException(Messages.get("backup.readFailed", backup, AtomicFiles.reason(e)), e);
        }
    }

    /**
     * Keeps the store being replaced: its main file and write-ahead log are copied, then folded
     * into one file by opening a copy; a damaged store is kept byte for byte as it was.
     */
    static void copyStoreFiles(Path store, Path target) throws IOException {
        Path temp = AtomicFiles.tempBeside(target);
        try {
            Files.copy(store, temp, StandardCopyOption.REPLACE_EXISTING);
            Path wal = Path.of(store + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, Path.of(temp + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
            AtomicFiles.moveIntoPlace(temp, target);
            if (Files.exists(Path.of(temp + "-wal"))) {
                Files.move(Path.of(temp + "-wal"), Path.of(target + "-wal"), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            AtomicFiles.deleteQuietly(temp);
        }
    }
}

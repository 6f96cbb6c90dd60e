package vn.atr.service.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import vn.atr.domain.Messages;
import vn.atr.security.BackupCipher;
import vn.atr.format.AtomicFiles;
import vn.atr.store.StoreBackup;
import vn.atr.service.ServiceException;

/** File handling around backups: decrypting to a temporary plain copy, keeping a replaced store. */
public final class BackupFiles {
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

    /**
     * Seals the copies in {@code store}'s backups folder that still hold identifiers in clear (automatic,
     * replaced and pre-upgrade copies made while the store was single-user): each becomes an encrypted
     * {@code .atrbak} (AES-GCM under {@code password}, the first administrator's) and the clear file is
     * removed. Called once identities in the store itself are encrypted; otherwise a backup would keep
     * in clear what the store no longer does. Restore them with that password.
     */
    public static int sealClearCopies(Path store, char[] password) {
        Path folder = BackupService.backupFolder(store);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        int sealed = 0;
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".db")).toList()) {
                if (!StoreBackup.holdsClearIdentities(p)) {
                    continue;
                }
                String name = p.getFileName().toString();
                byte[] plain = Files.readAllBytes(p);
                try {
                    AtomicFiles.write(p.resolveSibling(name.substring(0, name.length() - 3) + ".atrbak"),
                            BackupCipher.encrypt(plain, password));
                } finally {
                    Arrays.fill(plain, (byte) 0);
                }
                Files.write(p, new byte[(int) Math.min(Files.size(p), Integer.MAX_VALUE - 8)]); // overwrite, then remove
                Files.delete(p);
                sealed++;
            }
        } catch (IOException e) {
            throw new ServiceException(Messages.get("backup.writeFailed", folder, AtomicFiles.reason(e)), e);
        }
        return sealed;
    }
}

package vn.atr.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.Messages;
import vn.atr.domain.access.Permission;
import vn.atr.format.AtomicFiles;
import vn.atr.store.Database;
import vn.atr.service.AccessDeniedException;
import vn.atr.service.ServiceException;
import vn.atr.service.Services;
import vn.atr.service.Session;

/**
 * Who may restore a closed store, and the audit entry a restore leaves (ADR 0050). A restore
 * replaces every record, so it is an administrator action like a backup: the administrator logs in
 * to the store being replaced (the failure, if any, goes to that store's audit log). When that store
 * cannot be opened (damaged, or missing) the backup's own users decide, checked on a throw-away copy
 * so the backup file itself is never written. A store without users restores as before (single user).
 */
final class RestoreGuard {
    private RestoreGuard() {
    }

    /** Returns the user the restore is recorded under; refuses a wrong login or a role without BACKUP. */
    static String requireAdministrator(Path store, Path plainBackup, Supplier<BackupService.Credentials> asker) {
        if (Files.exists(store)) {
            Optional<String> user = judgeWith(store, asker);
            if (user.isPresent()) {
                return user.get();
            }
        }
        Path copy = AtomicFiles.tempBeside(store);
        try {
            Files.copy(plainBackup, copy, StandardCopyOption.REPLACE_EXISTING);
            return judgeWith(copy, asker).orElseThrow(
                    () -> new ServiceException(Messages.get("backup.missing", plainBackup)));
        } catch (IOException e) {
            throw new ServiceException(Messages.get("backup.readFailed", plainBackup, AtomicFiles.reason(e)), e);
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm", ".lock"}) {
                AtomicFiles.deleteQuietly(Path.of(copy + suffix));
            }
        }
    }

    /** Empty when {@code file} cannot be opened as a store; refusals (wrong password, role) are thrown. */
    private static Optional<String> judgeWith(Path file, Supplier<BackupService.Credentials> asker) {
        Services s;
        try {
            s = Services.open(file);
        } catch (RuntimeException damaged) {
            return Optional.empty();
        }
        try (s) {
            if (!s.auth().hasUsers()) {
                return Optional.of(Session.SINGLE_USER);
            }
            if (asker == null) {
                throw new AccessDeniedException(Messages.get("security.loginRequired"));
            }
            BackupService.Credentials who = asker.get();
            try {
                s.auth().login(who.user(), who.password());
            } finally {
                Arrays.fill(who.password(), '\0');
            }
            s.session().require(Permission.BACKUP);
            return Optional.of(s.session().userName());
        }
    }

    /** The restored store's audit log gets the restore as its newest entry. */
    static void record(Path store, String user, Path backup, Optional<Path> kept, String origin) {
        String detail = java.util.stream.Stream.of(kept.map(k -> "kept " + k.getFileName()).orElse(null), origin)
                .filter(java.util.Objects::nonNull).reduce((a, b) -> a + ", " + b).orElse(null);
        try (Database db = Database.open(store)) {
            db.audit().append(user, "restore", "store", String.valueOf(backup.getFileName()), null, null, detail);
        }
    }
}

package vn.atr.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.Permission;
import vn.atr.security.BackupCipher;
import vn.atr.format.AtomicFiles;
import vn.atr.format.OwnerOnly;
import vn.atr.store.Database;
import vn.atr.store.StoreBackup;
import vn.atr.service.AccessDeniedException;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;

/**
 * Backups of the open store (online, consistent while the app runs) and restores of a closed one.
 * Automatic backups live in {@code <store folder>/backups} as {@code atr-yyyyMMdd-HHmmss.db}, kept by
 * {@link BackupRotation}; a restore first saves the store it replaces there as {@code replaced-*.db}.
 * Every method is plain blocking code: the UI calls it from its TaskRunner, never on the FX thread.
 */
public final class BackupService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BackupService.class);
    static final String FOLDER = StoreBackup.FOLDER;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private final Database db;
    private final Supplier<Session> session;
    private final ToLongFunction<Path> usableSpace;

    public BackupService(Database db, Supplier<Session> session) {
        this(db, session, BackupService::usableSpace);
    }

    private BackupService(Database db, Supplier<Session> session, ToLongFunction<Path> usableSpace) {
        this.db = db;
        this.session = session;
        this.usableSpace = usableSpace;
    }

    /** The same service measuring the disk's free space with {@code probe} (tests: a nearly full disk). */
    BackupService withUsableSpace(ToLongFunction<Path> probe) {
        return new BackupService(db, session, probe);
    }

    /** The login a restore asks for when the store has users; the password array is cleared after use. */
    public record Credentials(String user, char[] password) {
    }

    /**
     * A written backup file and what it holds; {@code deletedForRoom}: the oldest automatic backups an automatic
     * one deleted to fit on a short disk (a warning that the disk is filling up).
     */
    public record BackupInfo(Path file, LocalDateTime time, boolean encrypted, String schemaVersion,
            Map<String, Long> counts, String auditHead, int deletedForRoom) {
        BackupInfo(Path file, LocalDateTime time, boolean encrypted, StoreBackup.Content content) {
            this(file, time, encrypted, content.schemaVersion(), content.counts(), content.auditHead(), 0);
        }

        /**
         * The records a user knows, by name ("Hoạt động: 60 · Vụ việc: 3 ..."), in a fixed order: what a backup is
         * checked by before it is restored, rather than every table of the schema.
         */
        public Map<String, Long> shownCounts() {
            Map<String, Long> shown = new java.util.LinkedHashMap<>();
            COUNTED.forEach((table, key) -> shown.put(Messages.get(key), counts.getOrDefault(table, 0L)));
            return shown;
        }

        BackupInfo withDeletedForRoom(int deleted) {
            return new BackupInfo(file, time, encrypted, schemaVersion, counts, auditHead, deleted);
        }
    }

    /** A PostgreSQL store is backed up by its server (pg_dump), never by ATR: ADR 0100. */
    private void refuseServerStore() {
        if (db.location().isPostgresql()) {
            throw new ServiceException(Messages.get("backup.pg.serverJob", db.location()));
        }
    }

    /** The shortest backup password, the same in the window and on the command line. */
    /** The tables a backup's description counts, in this order, with the words that name them. */
    private static final Map<String, String> COUNTED = countedTables();

    private static Map<String, String> countedTables() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("activity", "backupScreen.count.activity");
        m.put("outreach_metric", "backupScreen.count.metric");
        m.put("trafficking_case", "backupScreen.count.case");
        m.put("victim", "backupScreen.count.victim");
        m.put("support_service", "backupScreen.count.support");
        m.put("admin_unit", "backupScreen.count.unit");
        m.put("report_draft", "backupScreen.count.draft");
        return java.util.Collections.unmodifiableMap(m);
    }

    public static final int MIN_PASSWORD = 8;

    /**
     * Backs up to {@code target}, encrypted when {@code password} is given (null: not encrypted). Administrator.
     * A password that is given must be usable: an empty one (an empty password file) or a short one is
     * refused, never turned into an unencrypted backup the user believes encrypted.
     */
    public BackupInfo backupTo(Path target, char[] password) {
        session.get().require(Permission.BACKUP);
        refuseServerStore();
        checkPassword(password);
        if (StoreBackup.isStoreFile(target, db.file())) {
            throw new ServiceException(Messages.get("backup.targetIsStore", target));
        }
        return logged("backup", write(target, password));
    }

    /** The rule for a backup password that is given (null means "no encryption" and passes). */
    public static void checkPassword(char[] password) {
        if (password == null) {
            return;
        }
        if (password.length == 0) {
            throw new ServiceException(Messages.get("backup.passwordEmpty"));
        }
        if (password.length < MIN_PASSWORD) {
            throw new ServiceException(Messages.get("backup.passwordShort", MIN_PASSWORD));
        }
    }

    private BackupInfo write(Path target, char[] password) {
        if (password == null || password.length == 0) {
            return new BackupInfo(target, now(), false, StoreBackup.backup(db, target));
        }
        Path plain = AtomicFiles.tempBeside(db.file());
        try {
            StoreBackup.Content content = StoreBackup.backup(db, plain);
            AtomicFiles.write(target, BackupCipher.encrypt(Files.readAllBytes(plain), password));
            return new BackupInfo(target, now(), true, content);
        } catch (IOException e) {
            throw new ServiceException(Messages.get("backup.writeFailed", target, AtomicFiles.reason(e)), e);
        } finally {
            AtomicFiles.deleteQuietly(plain);
            StoreBackup.deleteSidecars(plain);
        }
    }

    /** "Back up to USB": a dated file in the chosen {@code folder}. */
    public BackupInfo backupToFolder(Path folder, char[] password) {
        String ext = password == null ? ".db" : ".atrbak";
        return backupTo(folder.resolve("atr-" + STAMP.format(now()) + ext), password);
    }

    /** The written backup goes to the audit log (not into the backup itself: it is logged once written). */
    private BackupInfo logged(String action, BackupInfo info) {
        if (!db.readOnly()) {
            db.audit().append(session.get().userName(), action, "store", String.valueOf(info.file().getFileName()),
                    null, null, info.encrypted() ? "encrypted" : null);
        }
        return info;
    }

    /**
     * The automatic backup (on close, daily): into the data folder's backups, then rotation. Any
     * logged-in user's app makes it (it is the safety net, kept beside the store under the same
     * protection), but nobody when the store has users and nobody is logged in.
     */
    public BackupInfo autoBackup() {
        if (!session.get().isLoggedIn()) {
            throw new AccessDeniedException(Messages.get("security.loginRequired"));
        }
        refuseServerStore();
        Path folder = backupFolder(db.file());
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new ServiceException(Messages.get("backup.writeFailed", folder, AtomicFiles.reason(e)), e);
        }
        int deleted = makeRoom(folder);
        BackupInfo info = logged("backup.auto", write(folder.resolve(prefix(db.file()) + STAMP.format(now()) + ".db"),
                null));
        rotate(folder, BackupRotation.DEFAULT);
        return info.withDeletedForRoom(deleted);
    }

    /** True when no automatic backup was made today (the app backs up at least daily). */
    public boolean dailyBackupDue() {
        if (db.location().isPostgresql()) {
            return false; // the server's backups, not the window's
        }
        String prefix = prefix(db.file());
        return automaticBackups(db.file()).stream()
                .noneMatch(p -> stampOrNull(p, prefix).toLocalDate().equals(now().toLocalDate()));
    }

    // ---- closed-store operations: restore screen and `atr restore` ----

    /** What {@code backup} holds (date, schema version, counts per table), decrypting it if needed. */
    public static BackupInfo inspect(Path backup, char[] password) {
        Path plain = BackupFiles.plainCopy(backup, password);
        try {
            StoreBackup.Content content = StoreBackup.inspect(plain);
            return new BackupInfo(backup, modified(backup), plain != backup, content);
        } finally {
            if (plain != backup) {
                AtomicFiles.deleteQuietly(plain);
                StoreBackup.deleteSidecars(plain);
            }
        }
    }

    /**
     * Replaces the closed store {@code store} by {@code backup}; the replaced store is first kept in
     * the backups folder (returned). The store must not be open (the single-writer lock refuses it).
     * When the store has users, {@code login} is asked for an administrator ({@link RestoreGuard});
     * the restored store's audit log records the restore.
     */
    public static Optional<Path> restore(Path backup, Path store, char[] password, Supplier<Credentials> login) {
        return restore(backup, store, password, login, warning -> false);
    }

    /**
     * As {@link #restore(Path, Path, char[], Supplier)}; a backup of another installation (another ward's
     * store) is restored only when {@code acceptOtherInstallation} answers yes to the warning it is shown,
     * and the audit entry then names the administrator with the installation they logged in to.
     */
    public static Optional<Path> restore(Path backup, Path store, char[] password, Supplier<Credentials> login,
                                         Predicate<String> acceptOtherInstallation) {
        Path plain = BackupFiles.plainCopy(backup, password);
        try {
            StoreBackup.inspect(plain);
            StoreBackup.requireNotNewer(plain);
            // a backup whose log was edited is not put in place: its head would then be the one to trust
            vn.atr.domain.access.AuditCheck chain = StoreBackup.auditChain(plain);
            if (!chain.intact()) {
                throw new ServiceException(Messages.get("restore.auditBroken", backup.getFileName(),
                        chain.firstBrokenSeq(), chain.reasonText()));
            }
            StoreBackup.requireClosed(store);
            Optional<String> theirs = StoreBackup.installationId(plain);
            Optional<String> ours = installationOf(store);
            boolean other = theirs.isPresent() && ours.isPresent() && !theirs.equals(ours);
            // named as people know them: the agency and unit, the installation's id only as the last word
            if (other && !acceptOtherInstallation.test(Messages.get("restore.otherInstallation", backup.getFileName(),
                    named(plain, theirs.get()), named(store, ours.get())))) {
                throw new OtherInstallationException(Messages.get("restore.otherInstallationRefused", backup.getFileName()));
            }
            String admin = RestoreGuard.requireAdministrator(store, plain, login);
            // the restored store's own users are other people: say whose administrator this was
            String user = other ? admin + "@" + ours.get() : admin;
            Optional<Path> kept = Optional.empty();
            if (Files.exists(store)) {
                Path folder = backupFolder(store);
                OwnerOnly.createFolder(folder);
                Path replaced = folder.resolve("replaced-" + STAMP.format(now()) + ".db");
                BackupFiles.copyStoreFiles(store, replaced);
                kept = Optional.of(replaced);
            }
            StoreBackup.replaceStore(plain, store);
            RestoreGuard.record(store, user, backup, kept, other ? "backup of installation " + theirs.get() : null);
            return kept;
        } catch (IOException e) {
            throw new ServiceException(Messages.get("backup.writeFailed", store, AtomicFiles.reason(e)), e);
        } finally {
            if (plain != backup) {
                AtomicFiles.deleteQuietly(plain);
                StoreBackup.deleteSidecars(plain);
            }
        }
    }

    /** A restore of another installation's backup that was not confirmed. */
    public static final class OtherInstallationException extends ServiceException {
        OtherInstallationException(String message) {
            super(message);
        }
    }

    private static String named(Path file, String installationId) {
        String id = installationId.length() > 8 ? installationId.substring(0, 8) + "…" : installationId;
        try {
            return StoreBackup.installationName(file).map(n -> n + "; " + id).orElse(installationId);
        } catch (RuntimeException unreadable) {
            return installationId;
        }
    }

    private static Optional<String> installationOf(Path store) {
        if (!Files.exists(store)) {
            return Optional.empty();
        }
        try {
            return StoreBackup.installationId(store);
        } catch (RuntimeException damaged) {
            return Optional.empty(); // a damaged store cannot say; its backups are what the user has
        }
    }

    /** The newest automatic backup that passes the integrity check (for the damaged-store screen). */
    public static Optional<Path> newestGoodBackup(Path store) {
        for (Path p : automaticBackups(store)) {
            try {
                StoreBackup.inspect(p);
                return Optional.of(p);
            } catch (RuntimeException damaged) {
                // try the next older one
            }
        }
        return Optional.empty();
    }

    /**
     * The automatic backups of {@code store}, newest first: those named after it ("atr-20261205-085806.db" for
     * atr.db, "mau-..." for mau.db). Two stores in one folder share its backups folder; each rotates, and offers
     * to restore, only its own.
     */
    public static List<Path> automaticBackups(Path store) {
        Path folder = backupFolder(store);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = prefix(store);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> stampOrNull(p, prefix) != null)
                    .sorted(Comparator.comparing((Path p) -> stampOrNull(p, prefix)).reversed()).toList();
        } catch (IOException e) {
            throw new ServiceException(Messages.get("backup.missing", folder), e);
        }
    }

    public static Path backupFolder(Path store) {
        return store.toAbsolutePath().resolveSibling(FOLDER);
    }

    /** Deletes the oldest automatic backups when the disk is short (how many), or refuses: {@link BackupSpace}. */
    private int makeRoom(Path folder) {
        long store = sizeOrZero(db.file()) + sizeOrZero(db.file().resolveSibling(db.file().getFileName() + "-wal"));
        BackupSpace space = new BackupSpace(usableSpace.applyAsLong(folder), store);
        List<Path> backups = automaticBackups(db.file());
        List<Path> delete = space.toDelete(backups, BackupService::sizeOrZero).orElseThrow(() -> noSpace(space, folder));
        if (!delete.isEmpty()) {
            LOG.warn("Disk short for the automatic backup ({} free, {} needed): deleting the {} oldest automatic"
                    + " backups", space.usable(), space.needed(), delete.size());
            delete.forEach(AtomicFiles::deleteQuietly);
            if (delete.stream().anyMatch(Files::exists)) { // a file held open elsewhere: the room was not made
                throw noSpace(space, folder);
            }
        }
        return delete.size();
    }

    private static ServiceException noSpace(BackupSpace space, Path folder) {
        return new ServiceException(Messages.get("backup.noSpace", VnFormats.bytes(space.usable()),
                VnFormats.bytes(space.needed()), folder));
    }

    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE; // not measurable here: the copy's own write reports a full disk
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private void rotate(Path folder, BackupRotation rotation) {
        List<Path> all = new ArrayList<>(automaticBackups(db.file()));
        String prefix = prefix(db.file());
        Set<Path> keep = rotation.keep(all, p -> stampOrNull(p, prefix));
        all.stream().filter(p -> !keep.contains(p)).forEach(AtomicFiles::deleteQuietly);
    }

    /** The start of the store's automatic backups' names: its file name without the extension, and a dash. */
    static String prefix(Path store) {
        String name = store.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "-";
    }

    private static LocalDateTime stampOrNull(Path p, String prefix) {
        String name = p.getFileName().toString();
        if (!name.startsWith(prefix) || !name.endsWith(".db")
                || name.length() != prefix.length() + "yyyyMMdd-HHmmss.db".length()) {
            return null;
        }
        try {
            return LocalDateTime.parse(name.substring(prefix.length(), name.length() - 3), STAMP);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime modified(Path p) {
        try {
            return LocalDateTime.ofInstant(Files.getLastModifiedTime(p).toInstant(), ZoneId.systemDefault()).withNano(0);
        } catch (IOException e) {
            return LocalDateTime.ofInstant(Instant.EPOCH, ZoneId.systemDefault());
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now().withNano(0);
    }
}

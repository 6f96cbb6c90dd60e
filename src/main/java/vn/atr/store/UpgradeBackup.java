package vn.atr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import vn.atr.domain.Messages;
import vn.atr.format.AtomicFiles;

/**
 * The copy of a store taken just before its schema is upgraded (ADR 0041: installing a newer version
 * keeps the data). It is an SQLite online backup made through a read-only connection, so committed
 * pages still in the write-ahead log are included, then checked and moved into place like every
 * backup. Named {@code backups/pre-upgrade-v<from>-to-v<to>-<time>.db}: not an automatic backup, so
 * rotation never deletes it; {@code atr restore} takes it back if the user needs the old version.
 */
final class UpgradeBackup {
    private static final Logger LOG = LoggerFactory.getLogger(UpgradeBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private UpgradeBackup() {
    }

    /** Copies {@code store} (closed, locked by the caller) before it goes from {@code from} to {@code to}. */
    static Path take(Path store, String from, String to) {
        Path folder = store.toAbsolutePath().resolveSibling(StoreBackup.FOLDER);
        Path target = folder.resolve("pre-upgrade-v" + from + "-to-v" + to + "-"
                + STAMP.format(LocalDateTime.now()) + ".db");
        try {
            vn.atr.format.OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new StoreException(Messages.get("store.upgradeBackupFailed", store, AtomicFiles.reason(e)), e);
        }
        Path temp = AtomicFiles.createTemp(target);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection(Database.url(store), config.toProperties());
             Statement s = c.createStatement()) {
            s.executeUpdate("backup to " + StoreBackup.quoted(temp));
        } catch (SQLException e) {
            AtomicFiles.deleteQuietly(temp);
            throw new StoreException(Messages.get("store.upgradeBackupFailed", store, e.getMessage()), e);
        }
        try {
            StoreBackup.rollbackJournal(temp);
            StoreBackup.check(temp);
            AtomicFiles.moveIntoPlace(temp, target);
        } catch (RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw new StoreException(Messages.get("store.upgradeBackupFailed", store, e.getMessage()), e);
        } finally {
            StoreBackup.deleteSidecars(temp);
        }
        LOG.info("Store schema version {} is older than {}: copy kept at {} before upgrading", from, to, target);
        return target;
    }
}

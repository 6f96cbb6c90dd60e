package vn.atr.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import vn.atr.domain.Messages;
import vn.atr.format.AtomicFiles;

/**
 * SQLite-level backup and restore. The copy is made with SQLite's online backup on the open
 * connection (consistent while the app keeps running), written to a temporary file, checked with
 * {@code PRAGMA integrity_check}, and only then moved into place: a pulled USB stick or a full disk
 * never leaves a half-written file under the final name.
 */
public final class StoreBackup {
    /** The folder beside the store that holds its automatic, replaced and pre-upgrade copies. */
    public static final String FOLDER = "backups";
    /**
     * {@code integrity_check} compares every index with its table, page by page: with SQLite's 2 MB cache a large
     * store's pages are read again and again (a 1.9 GB store: 23 s; 17 s with this cache).
     */
    private static final int CHECK_CACHE_KIB = 128 * 1024;

    private StoreBackup() {
    }

    /**
     * What a backup (or any store file) holds: schema version, active-or-not row counts per table, and its
     * audit chain head (newest entry's hash, null without entries): what {@code atr audit verify --expect}
     * checks the live store against later (ADR 0085).
     */
    public record Content(String schemaVersion, Map<String, Long> counts, String auditHead) {
    }

    /**
     * Online backup of {@code db} to {@code target} (temp file + integrity check + atomic move); returns what the
     * checked copy holds, read before the move (the check reads every page: on a large store it is most of a
     * backup's time, and is done once).
     */
    public static Content backup(Database db, Path target) {
        Path temp = AtomicFiles.createTemp(target); // a read-only folder fails here, with its own message
        try {
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("backup to " + quoted(temp));
                }
                return null;
            });
            rollbackJournal(temp);
            check(temp);
            Content content = contentOf(temp);
            AtomicFiles.moveIntoPlace(temp, target);
            return content;
        } catch (RuntimeException e) {
            AtomicFiles.deleteQuietly(temp);
            throw e;
        } finally {
            deleteSidecars(temp);
        }
    }

    /**
     * The copy keeps the store's WAL flag, and every later read-only open of a WAL file leaves
     * {@code -shm}/{@code -wal} files beside it (litter on a USB stick). A backup is a closed file:
     * switch it to the rollback journal; opening it again as a store turns WAL back on.
     */
    static void rollbackJournal(Path file) {
        try (Connection c = DriverManager.getConnection(Database.url(file)); Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=DELETE");
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.notADatabase", file), e);
        }
    }

    /**
     * Removes the {@code -wal}/{@code -shm} files that checking a temporary copy (a WAL-mode file opened
     * read-only) leaves beside it; the copy itself is complete without them (nothing was written).
     */
    public static void deleteSidecars(Path temp) {
        AtomicFiles.deleteQuietly(Path.of(temp + "-wal"));
        AtomicFiles.deleteQuietly(Path.of(temp + "-shm"));
    }

    /**
     * Whether {@code candidate} is the store file itself or one of the files SQLite and ATR keep beside it
     * (its journal, shared memory, lock): a backup written there would replace the open store, or vanish when
     * the store closes, while the user is told it was made.
     */
    public static boolean isStoreFile(Path candidate, Path store) {
        Path c = candidate.toAbsolutePath().normalize();
        Path s = store.toAbsolutePath().normalize();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock"}) {
            Path f = s.resolveSibling(s.getFileName() + suffix);
            try {
                if (c.equals(f) || Files.exists(c) && Files.exists(f) && Files.isSameFile(c, f)) {
                    return true;
                }
            } catch (IOException unreadable) {
                return true; // cannot tell them apart: writing there is not safe either
            }
        }
        return false;
    }

    /** Full integrity check of a closed store file, read-only; throws a user-facing error if it fails. */
    public static void check(Path file) {
        String result = readOnly(file, CHECK_CACHE_KIB, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                return rs.next() ? rs.getString(1) : "no result";
            }
        });
        if (!"ok".equals(result)) {
            throw new StoreException(Messages.get("store.damaged", file, result));
        }
    }

    /**
     * The audit chain of a store file not open (a backup about to be restored), recomputed as {@code atr audit
     * verify} does; a file without the log (from before it) has nothing to check.
     */
    public static vn.atr.domain.access.AuditCheck auditChain(Path file) {
        return readOnly(file, c -> {
            try (ResultSet rs = c.getMetaData().getTables(null, null, "audit_log", null)) {
                if (!rs.next()) {
                    return new vn.atr.domain.access.AuditCheck(0, null, null);
                }
            }
            return AuditRepository.verify(c, Dialect.SQLITE);
        });
    }

    /** Reads what {@code file} holds without writing to it (it is checked first). */
    public static Content inspect(Path file) {
        check(file);
        return contentOf(file);
    }

    private static Content contentOf(Path file) {
        return readOnly(file, c -> {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                            + " AND name <> 'flyway_schema_history' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    counts.put(table, rs.next() ? rs.getLong(1) : 0L);
                }
            }
            String version = "?";
            if (tables.isEmpty() || !hasFlyway(c)) {
                throw new StoreException(Messages.get("backup.notAtrStore", file));
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1")) {
                if (rs.next()) {
                    version = rs.getString(1);
                }
            }
            String head = null;
            if (tables.contains("audit_log")) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                        "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
                    head = rs.next() ? rs.getString(1) : null;
                }
            }
            return new Content(version, counts, head);
        });
    }

    /** The installation a store or backup file belongs to (empty: a store from before installations had ids). */
    public static java.util.Optional<String> installationId(Path file) {
        return readOnly(file, c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT value FROM setting WHERE key = 'exchange.installationId'")) {
                return rs.next() ? java.util.Optional.ofNullable(rs.getString(1)) : java.util.Optional.<String>empty();
            } catch (SQLException noTable) {
                return java.util.Optional.<String>empty();
            }
        });
    }

    /**
     * The installation a store file belongs to as its people know it: the agency it issues reports as and its
     * unit's code ("Ủy ban nhân dân phường Lê Chân, 10305012"), empty when the file does not say.
     */
    public static java.util.Optional<String> installationName(Path file) {
        return readOnly(file, c -> {
            java.util.Map<String, String> s = new java.util.HashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT key, value FROM setting WHERE key IN ('agency.issuing', 'installation.unit')")) {
                while (rs.next()) {
                    s.put(rs.getString(1), rs.getString(2));
                }
            } catch (SQLException noTable) {
                return java.util.Optional.<String>empty();
            }
            String name = java.util.stream.Stream.of(s.get("agency.issuing"), s.get("installation.unit"))
                    .filter(v -> v != null && !v.isBlank()).collect(java.util.stream.Collectors.joining(", "));
            return name.isEmpty() ? java.util.Optional.<String>empty() : java.util.Optional.of(name);
        });
    }

    /** Refuses a backup written by a newer ATR (restoring it would hand this program a schema it does not know). */
    public static void requireNotNewer(Path file) {
        readOnly(file, c -> {
            Database.requireNotNewer(c, file);
            return null;
        });
    }

    /**
     * Puts the file {@code source}, which the caller has checked ({@link #inspect}), in place of the (closed) store
     * {@code store}: copy beside the store, then an atomic move; the store's old write-ahead log files are removed so
     * that SQLite does not replay them onto the restored file. The store's next open checks the copy in place.
     */
    public static void replaceStore(Path source, Path store) {
        Path temp = AtomicFiles.tempBeside(store);
        try (StoreLock lock = StoreLock.acquire(store)) {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            vn.atr.format.OwnerOnly.restrict(temp); // a backup from a USB stick may be readable by anyone
            AtomicFiles.fsync(temp);
            Files.deleteIfExists(Path.of(store + "-wal"));
            Files.deleteIfExists(Path.of(store + "-shm"));
            AtomicFiles.moveIntoPlace(temp, store);
        } catch (IOException e) {
            AtomicFiles.deleteQuietly(temp);
            throw new StoreException(Messages.get("backup.writeFailed", store, AtomicFiles.reason(e)), e);
        }
    }

    /**
     * Whether the store file {@code file} holds victims' identifiers in clear (a store from before the
     * first administrator, or from before schema V6): such copies are sealed when identities get encrypted.
     */
    public static boolean holdsClearIdentities(Path file) {
        return readOnly(file, c -> {
            try (Statement s = c.createStatement(); ResultSet cols = s.executeQuery(
                    "SELECT count(*) FROM pragma_table_info('victim_identity') WHERE name = 'encrypted'")) {
                boolean flagged = cols.next() && cols.getInt(1) > 0;
                try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery(
                        "SELECT count(*) FROM victim_identity" + (flagged ? " WHERE encrypted = 0" : ""))) {
                    return rs.next() && rs.getLong(1) > 0;
                }
            } catch (SQLException noTable) {
                return false;
            }
        });
    }

    /** Throws a user-facing error when another window or command has {@code store} open. */
    public static void requireClosed(Path store) {
        StoreLock.acquire(store.toAbsolutePath()).close();
    }

    private static boolean hasFlyway(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT 1 FROM sqlite_master WHERE name = 'flyway_schema_history'")) {
            return rs.next();
        }
    }

    private static <T> T readOnly(Path file, SqlWork<T> work) {
        return readOnly(file, 0, work);
    }

    /** {@code cacheKib}: the page cache (0: SQLite's 2 MB), allocated as used. */
    private static <T> T readOnly(Path file, int cacheKib, SqlWork<T> work) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Messages.get("backup.missing", file));
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        if (cacheKib > 0) {
            config.setCacheSize(-cacheKib);
        }
        try (Connection c = DriverManager.getConnection(Database.url(file), config.toProperties())) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.notADatabase", file), e);
        }
    }

    static String quoted(Path file) {
        String text = file.toAbsolutePath().toString();
        if (text.contains("'")) {
            throw new StoreException(Messages.get("backup.badPath", text));
        }
        return "'" + text + "'";
    }
}

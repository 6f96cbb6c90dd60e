package vn.atr.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import vn.atr.domain.Messages;
import vn.atr.domain.OpenStep;

/**
 * The store: one connection to a SQLite file (the default) or to a PostgreSQL database (ADR 0100).
 * Opening a file checks it before anything writes to it (a damaged file is refused, never "repaired"
 * by a write), then brings the schema up to date through the versioned migrations of its engine
 * ({@link Dialect#migrationLocations()}).
 */
public final class Database implements AutoCloseable {
    /** The page cache in KiB: 32 MB normally, up to 256 MB during a bulk write (allocated as used). */
    private static final int CACHE_KIB = 32 * 1024;
    private static final int BULK_CACHE_KIB = 256 * 1024;
    /** SQLite's own default: a commit that leaves more pages than this in the log copies them into the file. */
    private static final int AUTO_CHECKPOINT_PAGES = 1000;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Database.class);

    private final StoreLocation location;
    private final Connection connection;
    private final AuditRepository audit;
    private final StoreLock lock;
    private final boolean readOnly;
    private Optional<Path> upgradeBackup = Optional.empty();
    private boolean ranFlyway;
    private boolean fullCheckAtOpen;
    private Instant lastFullCheck;
    /** The checkpoint a bulk write left to a thread of its own, until it ends (ADR 0210). */
    private volatile Thread checkpointAside; // set on the writing thread, awaited by whichever thread closes

    private Database(Path file, Connection connection, StoreLock lock) {
        this(StoreLocation.file(file), file, connection, lock, lock == null);
    }

    private Database(StoreLocation location, Path file, Connection connection, StoreLock lock, boolean readOnly) {
        this.location = location;
        this.connection = connection;
        this.lock = lock;
        this.readOnly = readOnly;
        this.audit = new AuditRepository(this);
    }

    /** Opens (creating or migrating as needed) the store at {@code location}: a file or a PostgreSQL database. */
    public static Database open(StoreLocation location) {
        return open(location, OpenStep.IGNORED);
    }

    /** As {@link #open(StoreLocation)}, telling {@code progress} each step (on this thread). */
    public static Database open(StoreLocation location, java.util.function.Consumer<OpenStep> progress) {
        return location.isPostgresql() ? PostgresqlStore.open(location, progress) : open(location.file(), progress);
    }

    /** Wraps an open PostgreSQL connection (see {@link PostgresqlStore}). */
    static Database ofServer(StoreLocation location, Connection connection) {
        return new Database(location, null, connection, null, false);
    }

    /** Opens (creating if needed) and migrates the store at {@code file}. */
    public static Database open(Path file) {
        return open(file, OpenStep.IGNORED);
    }

    /** As {@link #open(Path)}, telling {@code progress} each step (on this thread). */
    public static Database open(Path file, java.util.function.Consumer<OpenStep> progress) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new StoreException(Messages.get("store.folderMissing", String.valueOf(folder)));
        }
        if (Files.isDirectory(absolute)) {
            throw new StoreException(Messages.get("store.isFolder", absolute));
        }
        StoreLock lock = StoreLock.acquire(absolute); // one writer per store, before anything reads or writes it
        try {
            boolean existed = Files.exists(absolute);
            if (!existed) {
                progress.accept(OpenStep.of(OpenStep.Kind.CREATING));
                createOwnerOnly(absolute); // SQLite gives its -wal and -shm files the store's permissions
            }
            boolean current = false;
            Instant lastFullCheck = Instant.now();
            boolean fullCheck = !existed || !IntegrityStamp.maySkipFullCheck(absolute, lock.stamp(), lastFullCheck);
            if (existed) {
                if (fullCheck) {
                    progress.accept(OpenStep.of(OpenStep.Kind.CHECKING));
                }
                current = checkIntegrity(absolute, fullCheck);
            }
            if (!fullCheck) {
                lastFullCheck = lock.stamp().orElseThrow().lastFullCheck();
            }
            // Flyway starts only when something may be pending (or the check cannot tell): ADR 0061.
            Optional<Path> kept = current ? Optional.empty() : migrate(absolute, existed, progress);
            Connection c = DriverManager.getConnection(url(absolute), config().toProperties());
            Database db = new Database(absolute, c, lock);
            db.upgradeBackup = kept;
            db.ranFlyway = !current;
            db.fullCheckAtOpen = fullCheck;
            db.lastFullCheck = lastFullCheck;
            return db;
        } catch (SQLException e) {
            lock.closeAfterFailedOpen();
            throw new StoreException(Messages.get("store.openFailed", absolute, e.getMessage()), e);
        } catch (RuntimeException e) {
            lock.closeAfterFailedOpen();
            throw e;
        }
    }

    /**
     * Opens {@code file} read-only, without checking or migrating it: for showing what a damaged (or
     * newer) store holds while the user restores a backup. Every write is refused by SQLite itself;
     * nothing is ever written to the file. No writer lock is taken (another reader may be open).
     */
    public static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new StoreException(Messages.get("backup.missing", absolute));
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        config.enforceForeignKeys(true);
        try {
            Connection c = DriverManager.getConnection(url(absolute), config.toProperties());
            return new Database(absolute, c, null);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.notADatabase", absolute), e);
        }
    }

    private static void createOwnerOnly(Path file) {
        try {
            vn.atr.format.OwnerOnly.createFile(file);
        } catch (java.io.IOException e) {
            throw new StoreException(Messages.get("store.openFailed", file, e.getMessage()), e);
        }
    }

    /** The copy taken before this open upgraded the schema, if it did (shown to the user and logged). */
    public Optional<Path> upgradeBackup() {
        return upgradeBackup;
    }

    /**
     * Whether this open read the whole file with {@code PRAGMA quick_check}; false when a large store ATR closed
     * cleanly less than a day ago was found as it was left ({@link IntegrityStamp}).
     */
    public boolean fullCheckAtOpen() {
        return fullCheckAtOpen;
    }

    /** Whether this open started Flyway (false: the schema was already current, ADR 0061). */
    boolean ranFlyway() {
        return ranFlyway;
    }

    /** True for a store opened with {@link #openReadOnly(Path)}. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Where the store lives. */
    public StoreLocation location() {
        return location;
    }

    /** The engine's SQL differences. */
    public Dialect dialect() {
        return location.dialect();
    }

    /** The SQLite file; a PostgreSQL store has none (check {@link StoreLocation#isPostgresql()} first). */
    public Path file() {
        return location.file();
    }

    Connection connection() {
        return connection;
    }

    /** The store's audit log; repositories write to it inside their own transactions. */
    public AuditRepository audit() {
        return audit;
    }

    /**
     * Copies the write-ahead log into the main file and empties it, so that no earlier version of a
     * rewritten page (for instance an identifier before encryption) stays in the -wal file.
     */
    public void checkpoint() {
        awaitCheckpoint(); // a checkpoint already running would leave this one unable to empty the log
        read(c -> {
            dialect().checkpoint(c);
            return null;
        });
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    public <T> T inTransaction(Supplier<T> work) {
        return transaction(c -> work.get());
    }

    public void runInTransaction(Runnable work) {
        transaction(c -> {
            work.run();
            return null;
        });
    }

    /**
     * One transaction for a bulk write (merging many data packages): the page cache is raised while it
     * runs, so an index page that many records touch is written to the log once, at the commit, instead
     * of once per package or each time a small cache spills it (ADR 0033).
     */
    public <T> T inBulkTransaction(Supplier<T> work) {
        if (dialect() != Dialect.SQLITE || readOnly) {
            return withBulkCache(() -> inTransaction(work));
        }
        // The commit makes the log hold every page the batch wrote (tens of MB for a city's merge); copying them
        // into the file and syncing it is left to a thread of its own, off the user's wait (ADR 0210). The records
        // are safe in the log, synced at the commit, either way.
        setAutoCheckpoint(0);
        try {
            return withBulkCache(() -> inTransaction(work));
        } finally {
            setAutoCheckpoint(AUTO_CHECKPOINT_PAGES);
            checkpointAside();
        }
    }

    private void setAutoCheckpoint(int pages) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + pages);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.writeFailed", writeReason(e)), e);
        }
    }

    /**
     * Copies the log's pages into the file on a second connection, beside whatever this one does next (a passive
     * checkpoint: it neither waits for nor blocks this connection's readers and writers). Its failure loses nothing:
     * the pages stay in the log, and the next checkpoint (at the latest when the store closes) copies them.
     */
    private void checkpointAside() {
        awaitCheckpoint(); // one at a time: a batch right after another
        Path file = location.file();
        Thread t = new Thread(() -> {
            SQLiteConfig existing = new SQLiteConfig(); // never creates the file, were it gone since the commit
            existing.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
            existing.setBusyTimeout(5000);
            try (Connection c = DriverManager.getConnection(url(file), existing.toProperties());
                 Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            } catch (SQLException e) {
                LOG.warn("Checkpoint after a bulk write left to the next one: {}", e.getMessage());
            }
        }, "atr-checkpoint");
        t.setDaemon(true); // an exit before it ends loses nothing: the log is read again at the next open
        t.start();
        checkpointAside = t;
    }

    /**
     * Waits for a bulk write's checkpoint (ADR 0210) if one is still running; returns the nanoseconds waited. Before
     * closing, and before a checkpoint that must empty the log.
     */
    public long awaitCheckpoint() {
        Thread t = checkpointAside;
        if (t == null) {
            return 0;
        }
        long t0 = System.nanoTime();
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true; // the file must not be closed under it: wait, then say so
            }
        }
        checkpointAside = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return System.nanoTime() - t0;
    }

    /**
     * Runs {@code work} in a transaction that is always rolled back: a dry run that sees its own
     * writes (each package of a batch planned against the store as the earlier ones leave it) and
     * leaves the store exactly as it was. Not inside another transaction, which it could not undo alone.
     */
    public <T> T rehearse(Supplier<T> work) {
        return withBulkCache(() -> {
            try {
                if (!connection.getAutoCommit()) {
                    throw new IllegalStateException("rehearse() inside a transaction");
                }
                connection.setAutoCommit(false);
                audit.transactionBegins();
                try {
                    dialect().beginWrite(connection);
                    return work.get();
                } finally {
                    audit.transactionBegins(); // rolled back: what it appended is gone
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StoreException(Messages.get("store.writeFailed", writeReason(e)), e);
            }
        });
    }

    private <T> T withBulkCache(Supplier<T> work) {
        setCacheKib(BULK_CACHE_KIB);
        try {
            return work.get();
        } finally {
            setCacheKib(CACHE_KIB); // shrinking the cache gives the pages back
        }
    }

    private void setCacheKib(int kib) {
        read(c -> {
            dialect().setCacheKib(c, kib);
            return null;
        });
    }

    /** Store-internal form of {@link #inTransaction(Supplier)} with the connection at hand. */
    <T> T transaction(SqlWork<T> work) {
        try {
            boolean outer = connection.getAutoCommit();
            if (!outer) {
                return work.run(connection); // already inside a transaction: join it
            }
            connection.setAutoCommit(false);
            audit.transactionBegins();
            T result;
            try {
                dialect().beginWrite(connection);
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                // A full disk makes SQLite roll the transaction back by itself: the rollback and the
                // return to auto-commit then fail with "no transaction is active", and must not hide why.
                endQuietly(e);
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.writeFailed", writeReason(e)), e);
        }
    }

    /** Rolls back and returns to auto-commit after {@code failure}; their own errors are kept beside it. */
    private void endQuietly(Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A full disk or a read-only file in the user's words; other SQLite errors as SQLite says them. */
    private String writeReason(SQLException e) {
        if (e instanceof SQLiteException se) {
            int primary = se.getResultCode().code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                return Messages.get("store.diskFull", location);
            }
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
                return Messages.get("store.readOnlyFile", location);
            }
        }
        if (location.isPostgresql() && "55P03".equals(e.getSQLState())) { // lock_timeout: see Dialect.beginWrite
            return Messages.get("store.pg.busy", location, Dialect.writeTurnWaitSeconds());
        }
        if (location.isPostgresql() && "23505".equals(e.getSQLState())) { // another PC wrote the same rows first
            return Messages.get("store.pg.writtenMeanwhile", location);
        }
        return connectionLost(e) ? Messages.get("store.pg.connectionLost", location) : e.getMessage();
    }

    /**
     * The server went away during the work: the connection broke (SQL state class 08) or the server is shutting down
     * (57P01-57P03, a stop or restart). The transaction was not committed.
     */
    private boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        return location.isPostgresql() && state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }

    /** Reads with the store's connection; SQL errors become a {@link StoreException}. */
    <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.readFailed",
                    connectionLost(e) ? Messages.get("store.pg.connectionLost", location) : e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        awaitCheckpoint();
        try {
            if (!connection.isClosed()) {
                if (!readOnly) {
                    dialect().beforeClose(connection);
                }
                connection.close();
                if (lock != null && lastFullCheck != null) { // a file store, closed cleanly: stamped for the next open
                    IntegrityStamp.of(location.file(), lastFullCheck).ifPresent(lock::leaveStamp);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.closeFailed", writeReason(e)), e); // a read-only file in words
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5000);
        // 32 MB page cache (default 2 MB): merging a package dirties index pages all over the store
        // (ids and dates arrive interleaved); a small cache spills them mid-transaction (ADR 0030).
        config.setCacheSize(-CACHE_KIB);
        // Statement journals (SQLite's per-statement undo, needed by every write that fires a trigger
        // or checks a foreign key) in memory: as temporary files they cost a write system call per
        // page, gigabytes when a city merges its communes' packages (ADR 0033).
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // Deleted or overwritten content is zeroed, not left in free space (identifiers, see ADR 0050).
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        return config;
    }

    /**
     * Read-only quick check of an existing file ({@code full}; else only its schema, see {@link IntegrityStamp});
     * nothing is written to a file that fails it. Returns whether its schema is already current
     * ({@link MigrationScripts}), read on the same connection.
     */
    private static boolean checkIntegrity(Path file, boolean full) {
        SQLiteConfig readOnly = new SQLiteConfig();
        readOnly.setReadOnly(true);
        readOnly.setOpenMode(org.sqlite.SQLiteOpenMode.READONLY);
        try (Connection c = DriverManager.getConnection(url(file), readOnly.toProperties());
             Statement s = c.createStatement();
             // without the full check only the header here; the schema and its history are read below either way
             ResultSet rs = s.executeQuery(full ? "PRAGMA quick_check" : "PRAGMA schema_version")) {
            String result = rs.next() ? rs.getString(1) : "no result";
            if (full && !"ok".equals(result)) {
                throw new StoreDamagedException(Messages.get("store.damaged", file, result));
            }
            requireAtrStore(c, file);
            requireNotNewer(c, file);
            return MigrationScripts.current(c);
        } catch (SQLiteException e) {
            if (e.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB || e.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                throw new StoreDamagedException(Messages.get("store.notADatabase", file), e);
            }
            throw new StoreException(Messages.get("store.openFailed", file, e.getMessage()), e);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.openFailed", file, e.getMessage()), e);
        }
    }

    /** A store written by a newer ATR is refused before anything writes to it: update ATR instead. */
    static void requireNotNewer(Connection c, Path file) throws SQLException {
        Optional<String> newer = MigrationScripts.newerThanProgram(c);
        if (newer.isPresent()) {
            throw new StoreNewerException(Messages.get("store.newerThanProgram", file, newer.get()));
        }
    }

    /** Another program's SQLite file (tables, but no ATR schema history) is never migrated into. */
    private static void requireAtrStore(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT sum(name = 'flyway_schema_history'), count(*) FROM sqlite_master WHERE type = 'table'")) {
            if (rs.next() && rs.getInt(1) == 0 && rs.getInt(2) > 0) {
                throw new StoreException(Messages.get("backup.notAtrStore", file));
            }
        }
    }

    /**
     * Applies pending migrations. An existing store with a schema is first copied to
     * {@code backups/pre-upgrade-*.db} beside it (see {@link UpgradeBackup}): an upgrade that fails
     * half-way, or a newer version the user wants to leave, can be undone with {@code atr restore}.
     */
    private static Optional<Path> migrate(Path file, boolean existed, java.util.function.Consumer<OpenStep> progress) {
        try {
            MigrationSteps steps = new MigrationSteps(progress, !existed);
            Flyway flyway = Flyway.configure()
                    .dataSource(url(file) + "?foreign_keys=on&journal_mode=WAL&busy_timeout=5000", null, null)
                    .locations(Dialect.SQLITE.migrationLocations().toArray(String[]::new))
                    .loggers("slf4j")
                    .callbacks(steps)
                    .load();
            Optional<Path> kept = Optional.empty();
            List<RewordedMigrations.Rewording> realigned = List.of();
            if (existed) {
                MigrationInfoService info = flyway.info();
                MigrationInfo current = info.current();
                MigrationInfo[] pending = info.pending();
                steps.expect(pending.length);
                if (current != null && pending.length > 0) {
                    String from = current.getVersion().getVersion();
                    String to = pending[pending.length - 1].getVersion().getVersion();
                    progress.accept(new OpenStep(OpenStep.Kind.COPYING, 0, 0,
                            file.toAbsolutePath().resolveSibling(StoreBackup.FOLDER).toString()));
                    kept = Optional.of(UpgradeBackup.take(file, from, to));
                }
                // After the copy, which keeps the history an older ATR validates against (ADR 0188).
                realigned = RewordedMigrations.realign(file);
            }
            try {
                flyway.migrate();
            } catch (FlywayValidateException e) {
                RewordedMigrations.undo(file, realigned);
                throw e;
            }
            return kept;
        } catch (FlywayException e) {
            throw new StoreException(Messages.get("store.migrationFailed", file, e.getMessage()), e);
        } catch (SQLException e) {
            throw new StoreException(Messages.get("store.migrationFailed", file, e.getMessage()), e);
        }
    }
}

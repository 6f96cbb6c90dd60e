package vn.atr.service;

import java.nio.file.Path;
import vn.atr.domain.Messages;
import vn.atr.store.ActivityRepository;
import vn.atr.store.AdminUnitRepository;
import vn.atr.store.CaseRepository;
import vn.atr.store.CatalogRepository;
import vn.atr.service.catalog.CatalogService;
import vn.atr.service.catalog.IndicatorCheck;
import vn.atr.store.Database;
import vn.atr.store.OutreachMetricRepository;
import vn.atr.store.ReferenceRepository;
import vn.atr.store.ReportDraftRepository;
import vn.atr.store.ReportQueries;
import vn.atr.store.SettingsRepository;
import vn.atr.store.SummaryQuery;
import vn.atr.store.SupportServiceRepository;
import vn.atr.store.UserRepository;
import vn.atr.store.VictimIdentityRepository;
import vn.atr.store.VictimRepository;
import vn.atr.service.access.AuditService;
import vn.atr.service.access.AuthService;
import vn.atr.service.backup.BackupService;
import vn.atr.service.report.DraftService;
import vn.atr.service.report.ReportService;
import vn.atr.service.access.UserService;

/**
 * Everything the UI and the command line use, built once from one open store. No DI framework:
 * this class is the wiring (docs/architecture.md).
 */
public final class Services implements AutoCloseable {
    private final Database db;
    private final Repositories repositories;
    private final SummaryService summary;
    private final SampleService sample;
    private final HelpService help = HelpService.inTempFolder();
    private final DataGenerator generator;
    private final ReportService report;
    private final AuthService auth;
    private final UserService users;
    private final AuditService audit;
    private final IdentityService identities;
    private volatile Session session;
    private final ActivityService activities;
    private final ReferenceService reference;
    private final DashboardService dashboard;
    private final CaseService cases;
    private final MetricService metrics;
    private final vn.atr.service.exchange.ExchangeService exchange;
    private final vn.atr.service.exchange.ConflictService conflicts;
    private final vn.atr.service.exchange.PackageImport packageImport;
    private final vn.atr.service.xlsximport.XlsxImportService xlsx;
    private final BackupService backup;
    private final CatalogService catalog;
    private final vn.atr.service.catalog.AgeBandService ageBands;
    private final StoreCopyService copy;

    private Services(Database db) {
        this.db = db;
        this.repositories = new Repositories(new ActivityRepository(db), new OutreachMetricRepository(db),
                new CaseRepository(db), new VictimRepository(db), new VictimIdentityRepository(db),
                new SupportServiceRepository(db), new AdminUnitRepository(db), new ReferenceRepository(db),
                new SettingsRepository(db));
        UserRepository userRepository = new UserRepository(db);
        this.session = userRepository.anyUser() ? Session.nobody() : Session.singleUser();
        CatalogRepository catalogRepository = new CatalogRepository(db);
        this.summary = new SummaryService(new SummaryQuery(db), catalogRepository, this::session);
        this.sample = new SampleService(db, repositories, new ReportDraftRepository(db),
                new vn.atr.store.DirectionDocumentRepository(db), this::session);
        this.generator = new DataGenerator(db, repositories, this::session);
        this.auth = new AuthService(db, userRepository, repositories.units(), repositories.settings(), this);
        this.users = new UserService(db, userRepository, repositories.units(), this::session);
        this.audit = new AuditService(db.audit(), userRepository, repositories.identities(),
                new vn.atr.service.access.SigningKeySeal(db), this::session);
        this.identities = new IdentityService(repositories.identities(), repositories.victims(), this::session);
        this.report = new ReportService(new ReportQueries(db), catalogRepository, new SummaryQuery(db),
                repositories.settings(), repositories.units(), repositories.reference(),
                new DraftService(db, new ReportDraftRepository(db), this::session, audit),
                textOverrides(db), this::session, audit,
                new vn.atr.service.report.DocumentService(db, new vn.atr.store.DirectionDocumentRepository(db),
                        this::session),
                new vn.atr.service.report.TargetService(db, new vn.atr.store.TargetRepository(db), catalogRepository,
                        this::session));
        UnitDates unitDates = UnitDates.forEntry(repositories);
        IndicatorCheck indicatorCheck = new IndicatorCheck(catalogRepository);
        this.ageBands = new vn.atr.service.catalog.AgeBandService(db, new vn.atr.store.AgeBandRepository(db),
                this::session, audit);
        this.catalog = new CatalogService(db, catalogRepository, this::session, audit, ageBands);
        this.activities = new ActivityService(db, repositories.activities(), unitDates, indicatorCheck, this::session);
        this.reference = new ReferenceService(db, repositories, this::session);
        this.dashboard = new DashboardService(new SummaryQuery(db), new ReportQueries(db), catalogRepository,
                repositories.units(), () -> repositories.settings().agency().installationUnitCode(),
                this::session);
        this.cases = new CaseService(db, repositories, unitDates,
                new vn.atr.service.catalog.AgeBandCheck(new vn.atr.store.AgeBandRepository(db)), this::session);
        this.metrics = new MetricService(db, repositories, unitDates, indicatorCheck, this::session);
        this.exchange = new vn.atr.service.exchange.ExchangeService(db, repositories, this::session);
        this.conflicts = new vn.atr.service.exchange.ConflictService(db, exchange, this::session);
        this.packageImport = new vn.atr.service.exchange.PackageImport(exchange);
        this.xlsx = new vn.atr.service.xlsximport.XlsxImportService(db, repositories, this::session);
        this.backup = new BackupService(db, this::session);
        this.copy = new StoreCopyService(db, this::session);
    }

    /**
     * Opens (creating or upgrading) the store at {@code dbFile}. A store without users is in
     * single-user mode at once; a store with users refuses everything until {@code auth().login(...)}.
     */
    public static Services open(Path dbFile) {
        return new Services(Database.open(dbFile));
    }

    /** Opens (creating or upgrading) the store at {@code location}: a SQLite file or a PostgreSQL database. */
    public static Services open(vn.atr.store.StoreLocation location) {
        return new Services(Database.open(location));
    }

    /** As {@link #open(vn.atr.store.StoreLocation)} for what {@code --db} holds: a file name or postgresql://... */
    public static Services open(String address) {
        return open(vn.atr.store.StoreLocation.parse(address));
    }

    /** As {@link #open(String)}, telling {@code progress} what opening is doing (the window's opening notice). */
    public static Services open(String address, java.util.function.Consumer<vn.atr.domain.OpenStep> progress) {
        return new Services(Database.open(vn.atr.store.StoreLocation.parse(address), progress));
    }

    /** Whether {@code address} names a PostgreSQL database rather than a SQLite file (its syntax checked). */
    public static boolean isServerAddress(String address) {
        return vn.atr.store.StoreLocation.parse(address).isPostgresql();
    }

    /** The compiler's report text beside the store file; for a server store, in this computer's data folder. */
    private static Path textOverrides(Database db) {
        return db.location().isPostgresql() ? DataFolder.path().resolve(ReportService.TEXT_OVERRIDES)
                : db.file().resolveSibling(ReportService.TEXT_OVERRIDES);
    }

    /** Copying the whole store to another engine (ADR 0102). */
    public StoreCopyService copy() {
        return copy;
    }

    /** Backups of this open store (restores are static: they need the store closed). */
    public BackupService backup() {
        return backup;
    }

    /**
     * Opens a (possibly damaged) store read-only: the app shows its data with a clear message and
     * offers {@link BackupService#newestGoodBackup(Path)}; any save is refused, nothing is written.
     */
    public static Services openReadOnly(Path dbFile) {
        return new Services(Database.openReadOnly(dbFile));
    }

    public boolean readOnly() {
        return db.readOnly();
    }

    /**
     * What the store's own checks find at open, for the user (empty normally): identifiers stored in
     * clear although the store has users, a sign that the file was edited outside ATR (ADR 0085).
     */
    public java.util.List<String> openWarnings() {
        int clear = repositories.identities().clearRowsInProtectedStore().size();
        return clear == 0 ? java.util.List.of() : java.util.List.of(Messages.get("store.clearIdentitiesAtOpen", clear));
    }

    /** The current user and the guard services check (ADR 0050). */
    public Session session() {
        return session;
    }

    /** Makes {@code next} current, wiping the previous session's key and lending the new one to the identity store. */
    public void useSession(Session next) {
        Session previous = session;
        session = next;
        repositories.identities().unlock(next.dataKey());
        if (previous != null && previous != next) {
            previous.close();
        }
    }

    public AuthService auth() {
        return auth;
    }

    public UserService users() {
        return users;
    }

    public AuditService audit() {
        return audit;
    }

    public IdentityService identities() {
        return identities;
    }

    /**
     * The store's SQLite file; empty for a PostgreSQL store, which has none (its backups are the server's
     * job): what is done beside the file (backups, the report folder) must say what it does otherwise.
     */
    public java.util.Optional<Path> storeFileIfAny() {
        return db.location().isPostgresql() ? java.util.Optional.empty() : java.util.Optional.of(db.file());
    }

    /** True when the store is a PostgreSQL database on a server rather than a file on this computer. */
    public boolean onServer() {
        return db.location().isPostgresql();
    }

    /** Where the store lives (a file, or a PostgreSQL database: then {@link #storeFileIfAny()} is empty). */
    public vn.atr.store.StoreLocation storeLocation() {
        return db.location();
    }

    /** {@link #storeLocation()} as the user gives it: the file name or the postgresql:// address. */
    public String storeAddress() {
        return db.location().toString();
    }

    /** Runs {@code work} as one user action: all of it is stored, or none of it. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return db.inTransaction(work);
    }

    /**
     * The repositories without the services' guards, for benchmarks and tests that fill a store
     * directly. Refused once the store has users (ADR 0050): then everything goes through the
     * guarded services; in single-user mode the session allows everything anyway. ArchitectureTest
     * keeps the window and the command line from calling it.
     */
    public Repositories repositories() {
        if (!session.isSingleUser()) {
            throw new AccessDeniedException(Messages.get("security.repositoriesRefused"));
        }
        return repositories;
    }

    /** The repositories for the services of this package (and its tests), whoever is logged in. */
    public Repositories unguardedRepositories() {
        return repositories;
    }

    /** Offline exchange: data packages (ADR 0030). */
    public vn.atr.service.exchange.ExchangeService exchange() {
        return exchange;
    }

    /** Conflicts kept aside by package imports, resolved by the compiler. */
    /** Importing one package or several, for the window and the command line. */
    public vn.atr.service.exchange.PackageImport packageImport() {
        return packageImport;
    }

    public vn.atr.service.exchange.ConflictService conflicts() {
        return conflicts;
    }

    /** Excel template and import (ADR 0031). */
    public vn.atr.service.xlsximport.XlsxImportService xlsx() {
        return xlsx;
    }

    public SummaryService summary() {
        return summary;
    }

    public SampleService sample() {
        return sample;
    }

    /** The user guide's page for a screen (F1); needs no session: the guide holds no data. */
    public HelpService help() {
        return help;
    }

    public DataGenerator generator() {
        return generator;
    }

    /** The annual report: build the model, export .docx and .xlsx, and the compiler's drafts. */
    public ReportService report() {
        return report;
    }

    public ActivityService activities() {
        return activities;
    }

    public ReferenceService reference() {
        return reference;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    public CaseService cases() {
        return cases;
    }

    public MetricService metrics() {
        return metrics;
    }

    /** The indicator catalogue: activity types and metrics as data. */
    public CatalogService catalog() {
        return catalog;
    }

    /** The victims' age bands as data, managed with the catalogue. */
    public vn.atr.service.catalog.AgeBandService ageBands() {
        return ageBands;
    }

    /**
     * Waits for the checkpoint that a bulk write (a merge, a workbook) leaves running after its commit (ADR 0210);
     * returns the nanoseconds waited. Closing waits for it too.
     */
    public long awaitCheckpoint() {
        return db.awaitCheckpoint();
    }

    @Override
    public void close() {
        session.close();
        repositories.identities().unlock(null);
        db.close();
    }
}

package vn.atr.service.exchange;

import vn.atr.domain.access.PackageSender;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.Set;
import java.util.stream.Collectors;
import vn.atr.domain.catalog.Indicator;
import vn.atr.store.CatalogRepository;
import vn.atr.domain.AtrException;
import vn.atr.domain.Messages;
import vn.atr.domain.access.AuditHead;
import vn.atr.domain.access.Permission;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VictimIdentity;
import vn.atr.format.pkg.Manifest;
import vn.atr.format.pkg.PackageJson;
import vn.atr.format.pkg.PackageReader;
import vn.atr.format.pkg.PackageWriter;
import vn.atr.service.AccessDeniedException;
import vn.atr.service.AppVersion;
import vn.atr.service.Repositories;
import vn.atr.service.ServiceException;
import vn.atr.service.Session;
import vn.atr.format.AtomicFiles;
import vn.atr.store.BulkIndexes;
import vn.atr.store.Database;
import vn.atr.store.ExchangeRepository;
import vn.atr.store.PackageTrustRepository;
import vn.atr.store.RollupParts;
import vn.atr.security.Ed25519;

/**
 * Offline exchange of data packages (ADR 0030, 0080, docs/architecture.md): export (signed), verify and plan an
 * import from a trusted sender, apply a plan in one transaction. Conflicts are handled by {@link ConflictService}.
 */
public final class ExchangeService {
    static final String INSTALLATION_KEY = "exchange.installationId";
    /** How many earlier packages' heads a package vouches for: about two years of a ward's monthly sending. */
    static final int EARLIER_HEADS = 30;

    private final Database db;
    private final Repositories repos;
    private final ExchangeRepository exchange;
    private final Supplier<Session> session;
    private final List<ExchangeEntity<?>> entities;
    private final IdentityTransfer identities;
    private final ImportRefusals refusals;
    private final SigningKeys keys;
    private final SenderCheck senders;
    private final SenderAuditHeads auditHeads;
    private final TrustService trust;
    private final PackageTrustRepository trustRepo;
    private final CatalogRepository catalog;
    private final RollupParts rollup;

    public ExchangeService(Database db, Repositories repos, Supplier<Session> session) {
        this.db = db;
        this.repos = repos;
        this.exchange = new ExchangeRepository(db);
        this.session = session;
        this.entities = ExchangeEntity.all(repos);
        this.identities = new IdentityTransfer(repos.identities());
        this.refusals = new ImportRefusals(db);
        this.catalog = new CatalogRepository(db);
        this.rollup = new RollupParts(db);
        this.trustRepo = new PackageTrustRepository(db);
        this.keys = new SigningKeys(trustRepo, new vn.atr.service.access.SigningKeySeal(db), session);
        this.senders = new SenderCheck(trustRepo, repos.units(), keys);
        this.auditHeads = new SenderAuditHeads(trustRepo, keys, repos.units());
        this.trust = new TrustService(db, trustRepo, repos.units(), keys, repos.settings(), this::installationId, session);
    }

    /** Whether this store is a roll-up store (ADR 0203): packages' activities replace their senders' parts. */
    public boolean rollupStore() {
        return rollup.enabled();
    }

    /**
     * Makes this store a roll-up store (a national or provincial summary of other stores' packages, ADR 0203):
     * once, while it holds no activity; audited.
     */
    public void makeRollupStore() {
        Session s = session.get();
        s.require(Permission.REFERENCE_ADMIN);
        db.runInTransaction(() -> {
            rollup.enable();
            db.audit().append(s.userName(), "settings", "store", RollupParts.SETTING, null, null, "roll-up store");
        });
    }

    /** The senders this store trusts, and this installation's own signing key. */
    public TrustService trust() {
        return trust;
    }

    /** What an export wrote. */
    public record ExportResult(Path file, Manifest manifest, long deletions) {
        public ExportResult(Path file, Manifest manifest) {
            this(file, manifest, 0);
        }

        /** Records written per entity. */
        public Map<String, Long> counts() {
            return manifest.counts();
        }

        /**
         * "1.003 bản ghi (Hoạt động 1.000, Vụ việc 2, Nạn nhân 1)": the kinds written, in words, and how many of
         * them are deletions.
         */
        public String summary() {
            long total = counts().values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                return Messages.get("exchange.export.nothing");
            }
            List<String> kinds = new ArrayList<>();
            counts().forEach((kind, n) -> {
                if (n > 0) {
                    kinds.add(ImportPlan.entityLabel(kind) + " " + vn.atr.domain.VnFormats.number(n));
                }
            });
            String written = Messages.get("exchange.export.summary", vn.atr.domain.VnFormats.number(total),
                    String.join(", ", kinds));
            // deletions travel so that the receiver deletes them too; counted apart, they are not taken for data
            return deletions == 0 ? written
                    : written + Messages.get("exchange.export.deletions", vn.atr.domain.VnFormats.number(deletions));
        }
    }

    /** Whether the package is encrypted (its password must then be given to {@link #plan}). */
    public static boolean isEncrypted(Path file) {
        return new PackageReader().isEncrypted(file);
    }

    /** This installation's id, created (random) the first time a package needs it. */
    public String installationId() {
        return repos.settings().get(INSTALLATION_KEY).orElseGet(() -> {
            String id = UUID.randomUUID().toString();
            repos.settings().put(INSTALLATION_KEY, id);
            return id;
        });
    }

    /**
     * Writes every record of {@code period} (of {@code unitCode}, or all units if null), deleted ones
     * included, with identifiers when a password is given (the command line's --with-identifiers).
     */
    public ExportResult export(String unitCode, ReportPeriod period, Path out, char[] password) {
        return export(unitCode, period, out, password, password != null);
    }

    /**
     * Writes a package. Commune staff export their own unit only (no unit means theirs). Identifiers go
     * in only when asked, when the role may read and export them, and when a password encrypts the
     * whole payload; a password without identifiers just encrypts. Every export is audited.
     */
    public ExportResult export(String unitCode, ReportPeriod period, Path out, char[] password,
                               boolean withIdentifiers) {
        Session s = session.get();
        s.require(Permission.EXPORT);
        String unit = unitCode == null ? s.restrictedUnit().orElse(null) : unitCode;
        if (s.restrictedUnit().isPresent()) {
            s.requireUnit(unit);
        }
        if (withIdentifiers) {
            s.require(Permission.EXPORT_IDENTIFIERS);
            if (!s.mayExportIdentifiers()) {
                throw new AccessDeniedException(Messages.get("exchange.export.identifiersDenied", s.userName()));
            }
            if (password == null) {
                throw new ServiceException(Messages.get("exchange.export.identifiersNeedPassword"));
            }
        }
        java.util.Set<String> units = unit == null ? null : new java.util.LinkedHashSet<>(repos.units().codesWithin(unit));
        if (units != null) {
            units.add(unit); // the tree starts with the unit itself; a code not in it still gets its own records
        }
        PackageExporter data = new PackageExporter(entities, identities, catalog).collect(period, units, withIdentifiers);
        return new ExportResult(out, signAndWrite(s, unit, period, out, password, withIdentifiers, data.data,
                data.counts), data.deletions);
    }

    /** Writes and signs a package of these entries; the export is audited. */
    private Manifest signAndWrite(Session s, String unit, ReportPeriod period, Path out, char[] password,
                                  boolean withIdentifiers, Map<String, byte[]> data, Map<String, Long> counts) {
        // One transaction: an installation id created for this package is kept only if the file is written.
        Manifest written = db.inTransaction(() -> {
            Ed25519.Keys signer = keys.current(); // first: making the key may add an entry to the chain
            AuditHead head = db.audit().head(); // the chain as it stands before this export's own entry
            Manifest m = new Manifest(Manifest.FORMAT_VERSION, unit, installationId(), period.from().toString(),
                    period.to().toString(), Instant.now().toString(), AppVersion.get(), withIdentifiers, null, null,
                    null, null, head, trustRepo.earlierExportHeads(EARLIER_HEADS));
            Manifest[] full = new Manifest[1];
            try {
                AtomicFiles.write(out, os -> full[0] = new PackageWriter().write(os, m, data, counts, password, signer));
            } finally {
                java.util.Arrays.fill(signer.privateKey(), (byte) 0); // opened for this package only
            }
            db.audit().append(s.userName(), "export", "package", out.getFileName().toString(), null, null,
                    counts + " unit " + (unit == null ? "*" : unit) + ", identifiers "
                            + (withIdentifiers ? "yes" : "no") + (password != null ? ", encrypted" : ""));
            trustRepo.recordExportHead(head.seq());
            return full[0];
        });
        keys.checkpointIfSealed();
        return written;
    }

    /**
     * A unit's package of {@code activities} that this store does not hold, signed and audited as an export
     * is: {@code atr bench scale} makes thousands of communes' packages this way without storing and
     * exporting millions of records first (an export reads the whole table per package).
     */
    public ExportResult exportActivities(String unit, ReportPeriod period, List<vn.atr.domain.Activity> activities,
                                         Path out) {
        Session s = session.get();
        s.require(Permission.EXPORT);
        if (s.restrictedUnit().isPresent()) {
            s.requireUnit(unit);
        }
        java.io.ByteArrayOutputStream lines = new java.io.ByteArrayOutputStream(activities.size() * 400);
        try {
            for (vn.atr.domain.Activity a : activities) {
                lines.write(PackageJson.mapper().writeValueAsBytes(a));
                lines.write('\n');
            }
        } catch (IOException ex) {
            throw new ServiceException(Messages.get("exchange.export.failed", repos.activities().entity(),
                    ex.getMessage()));
        }
        Set<String> used = PackageCatalog.codesUsed(activities);
        String entity = repos.activities().entity();
        Map<String, byte[]> data = new LinkedHashMap<>();
        data.put(entity, lines.toByteArray());
        data.put(PackageCatalog.ENTITY, PackageCatalog.encode(catalog.list().stream()
                .filter(i -> used.contains(i.code())).toList()));
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(entity, (long) activities.size());
        return new ExportResult(out, signAndWrite(s, unit, period, out, null, false, data, counts));
    }

    /**
     * Stored cases or victims that look like {@code record} (a {@code TraffickingCase} or {@code Victim}
     * about to be saved): for the entry form and the import plan, before saving.
     */
    public List<String> likelyDuplicates(Object record) {
        session.get().require(Permission.RECORD_WRITE); // asked by entry forms before a save
        return new DuplicateFinder(repos).likelyDuplicates(record);
    }

    /** Stored cases that look like a new one typed in the case form, under another code: asked about before saving. */
    public List<String> lookalikesOnEntry(vn.atr.domain.TraffickingCase c) {
        session.get().require(Permission.RECORD_WRITE);
        return new DuplicateFinder(repos).lookalikesOnEntry(c);
    }

    /** Stored victims of the unit that look like a new one typed in the victim form: asked about before saving. */
    public List<String> lookalikesOnEntry(vn.atr.domain.Victim v) {
        session.get().require(Permission.RECORD_WRITE);
        return new DuplicateFinder(repos).lookalikesOnEntry(v);
    }

    /**
     * Verifies the package (refusing it with the reason if it cannot be trusted) and computes the plan.
     * A refused package is recorded in the audit log (who, file, SHA-256, reason).
     */
    public ImportPlan plan(Path file, char[] password) {
        session.get().require(Permission.IMPORT);
        return refusals.audited(session.get(), "package", file, () -> verify(file, password));
    }

    private ImportPlan verify(Path file, char[] password) {
        return plan(DecodedPackage.read(file, password, entities), planReads()).plan();
    }

    /** What one plan, or one batch's plans, read once. */
    private PlanReads planReads() {
        return planReads(false);
    }

    private PlanReads planReads(boolean batch) {
        return planReads(batch, List.of());
    }

    private PlanReads planReads(boolean batch, List<Path> files) {
        return new PlanReads(catalog, new vn.atr.store.AgeBandRepository(db), repos.units(), rollup, auditHeads,
                batch, files);
    }

    /** A package's plan and, in a roll-up store, the part its activities replace. */
    private record Planned(ImportPlan plan, Optional<PartScope> part) {
    }

    /** Plans a verified, decoded package from a trusted sender against the store as it is now. */
    private Planned plan(DecodedPackage d, PlanReads reads) {
        Set<String> missingCodes = missingCodes(d, reads.catalogueCodes());
        Set<String> usable = lacking(d, missingCodes).stream().map(Indicator::code).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String code : missingCodes) {
            missing.add(d.catalog().stream().filter(i -> usable.contains(code) && i.code().equals(code)).findFirst()
                    .map(i -> Messages.get("exchange.catalog.entry", i.nameVi(), i.code(), i.unitVi())).orElse(code));
        }
        if (!missing.isEmpty()) {
            throw new ServiceException(Messages.get("exchange.catalog.missing", d.file().getFileName(),
                    String.join("; ", missing)));
        }
        PackageReader.Contents c = d.contents();
        Set<String> scope = senders.check(c.manifest(), reads::codesWithin);
        // read while the server's process is still awake from the check: after the planning's work it is a cold wait
        Optional<String> previous = exchange.previousImport(c.fileSha256());
        senders.checkUnits(c.manifest(), scope, d.entities());
        ImportPlanner planner = new ImportPlanner(exchange, reads.unitDates(), reads.ageBands(), reads.catalogue(),
                senders.storedUnits(c.manifest(), scope));
        List<ImportPlan.Entry> entries = new ArrayList<>();
        Optional<PartScope> part = partScope(c.manifest(), d.file(), c.fileSha256(), reads);
        List<String> partWarnings = new ArrayList<>();
        for (ImportPlanner.Decoded<?> decoded : d.entities()) {
            if (part.isPresent() && decoded.entity().type() == vn.atr.domain.Activity.class) {
                PartScope p = part.get();
                entries.addAll(planner.planPart(decoded, p.unitSet(), p.part().from(), p.part().to(), p.taken()));
                long held = p.taken() || !reads.mayHoldChunks(p.units()) ? 0
                        : rollup.held(p.units(), p.part().from(), p.part().to());
                if (held > 0) {
                    partWarnings.add(Messages.get("exchange.part.replaces", held));
                }
                if (p.newer() != null) {
                    partWarnings.add(Messages.get("exchange.part.superseded",
                            vn.atr.domain.VnFormats.dateTime(p.part().madeAt()), p.newer().sourceUnit(),
                            vn.atr.domain.VnFormats.dateTime(p.newer().madeAt())));
                }
            } else {
                entries.addAll(planner.plan(decoded, c.manifest().installationId()));
            }
        }
        senders.checkParents(c.manifest(), scope, d.entities(), repos);
        List<VictimIdentity> ids = identities(c, entries, scope);
        List<String> warnings = new DuplicateFinder(repos).likelyDuplicates(entries.stream()
                .filter(e -> e.outcome() == ImportPlan.Outcome.NEW).map(ImportPlan.Entry::theirs).toList());
        List<String> said = new ArrayList<>(reads.auditHeads().warning(c.manifest()).stream().toList());
        said.addAll(partWarnings);
        return new Planned(new ImportPlan(d.file().getFileName().toString(), c.fileSha256(), c.manifest(),
                previous, entries, warnings, ids, Map.of(), said), part);
    }

    /**
     * The units and period a package's activities replace in a roll-up store (ADR 0203), with the package; {@code
     * taken} when this very file was taken as this part before, or when {@code newer}, a part of a later file of the
     * same batch, already replaced all it would (ADR 0209): it changes nothing and is not written.
     */
    private record PartScope(RollupParts.Part part, List<String> units, boolean taken, RollupParts.Taken newer) {
        PartScope(RollupParts.Part part, List<String> units, boolean taken) {
            this(part, units, taken, null);
        }

        java.util.Set<String> unitSet() {
            return new java.util.HashSet<>(units);
        }
    }

    /**
     * In a roll-up store, what a package's activities will replace: its unit and the units within it, over its
     * period. Refused when the package names no unit (it would replace every unit's) or when a part already taken
     * for an overlapping unit and period was made after it (an older file must not undo a newer one). A file taken
     * before as this part is neither: it is left as it stands, even if a newer part has replaced it since (ADR 0208).
     */
    private Optional<PartScope> partScope(Manifest m, Path file, String fileSha256, PlanReads reads) {
        if (!reads.parts()) {
            return Optional.empty();
        }
        if (m.sourceUnit() == null) {
            throw new ServiceException(Messages.get("exchange.part.noUnit", file.getFileName()));
        }
        LocalDate from = LocalDate.parse(m.periodFrom());
        LocalDate to = LocalDate.parse(m.periodTo());
        Instant made = Instant.parse(m.createdAt());
        List<String> units = new ArrayList<>(reads.codesWithin(m.sourceUnit())); // the unit first
        RollupParts.Part part = new RollupParts.Part(m.sourceUnit(), from, to, m.installationId(), made, fileSha256);
        if (reads.mayHoldParts(List.of(m.sourceUnit())) && rollup.taken(part)) {
            return Optional.of(new PartScope(part, units, true)); // a folder imported again: its older files too
        }
        // the parts this one overlaps: of its own units, or of a unit above it (a province's over its commune's)
        List<String> overlapping = new ArrayList<>(units);
        List<String> unitAndAbove = new ArrayList<>(List.of(m.sourceUnit())); // a part of these covers this one's units
        java.util.function.UnaryOperator<String> parentOf = unit -> reads.unit(unit)
                .map(vn.atr.domain.AdminUnit::parentCode).orElse(null);
        for (String up = parentOf.apply(m.sourceUnit()); up != null && !overlapping.contains(up);
             up = parentOf.apply(up)) {
            overlapping.add(up);
            unitAndAbove.add(up);
        }
        List<RollupParts.Taken> later = reads.mayHoldParts(overlapping)
                ? rollup.madeLaterOverlapping(overlapping, from, to, made) : List.of();
        if (!later.isEmpty()) {
            // A newer file of the same batch (a folder holding a unit's first and corrected packages) already
            // replaced all this one would: left out, as a file taken before is (ADR 0209). From elsewhere: refused.
            if (later.stream().allMatch(t -> t.covers(unitAndAbove, from, to) && reads.inBatch(t.fileSha256()))) {
                return Optional.of(new PartScope(part, units, true, later.get(0)));
            }
            throw new ServiceException(Messages.get("exchange.part.older", file.getFileName(),
                    vn.atr.domain.VnFormats.dateTime(made), later.get(0).sourceUnit(),
                    vn.atr.domain.VnFormats.dateTime(later.get(0).madeAt())));
        }
        return Optional.of(new PartScope(part, units, false));
    }

    /**
     * The catalogue entries a package's records use that this store lacks, as the package describes them:
     * shown to the user, who may add them (CatalogService.addMissing) before importing.
     */
    public List<Indicator> catalogEntriesMissing(Path file, char[] password) {
        session.get().require(Permission.IMPORT);
        DecodedPackage d = DecodedPackage.read(file, password, entities);
        return lacking(d, missingCodes(d, catalog.list().stream().map(Indicator::code).collect(Collectors.toSet())));
    }

    private static List<Indicator> lacking(DecodedPackage d, Set<String> missing) {
        return d.catalog().stream().filter(i -> missing.contains(i.code())).toList();
    }

    /** Indicator codes the package's records use that are not in this store's catalogue. */
    private static Set<String> missingCodes(DecodedPackage d, Set<String> known) {
        Set<String> used = new java.util.LinkedHashSet<>(d.codesUsed());
        used.removeAll(known);
        return used;
    }

    /**
     * Imports several packages as one action (the city's merge of its communes' files, ADR 0033): each
     * is verified and planned against the store as the packages before it leave it, then written, all
     * in one transaction: every package is merged or none. A package that cannot be read or that holds
     * a rejected record refuses the batch, naming the file. With {@code write} false the same work is
     * rehearsed and rolled back: the plans a dry run shows, the store untouched.
     */
    public BatchImport importAll(List<Path> files, Function<Path, char[]> passwords, boolean write) {
        return importAll(files, passwords, write, BatchImport.Progress.NONE);
    }

    /** {@link #importAll(List, Function, boolean)} telling {@code progress} after each package (it may cancel). */
    public BatchImport importAll(List<Path> files, Function<Path, char[]> passwords, boolean write,
                                 BatchImport.Progress progress) {
        Session s = session.get();
        s.require(Permission.IMPORT);
        Supplier<BatchImport> work = () -> {
            List<ImportPlan> plans = new ArrayList<>();
            // A merge that brings many activities against those stored builds their indexes once, at its end.
            BulkIndexes indexes = write ? repos.activities().bulkIndexes() : null;
            List<BatchRefusal> unknownSenders = new ArrayList<>();
            PlanReads reads = planReads(true, files); // the batch's transaction holds the writers' turn: read once
            boolean parts = reads.parts();
            RollupParts.PendingTotals totals = parts && write ? rollup.pendingTotals() : null;
            // a file taken before as its part is not written again (ADR 0208): nothing to make ready for it
            Set<String> takenFiles = parts ? rollup.takenFiles() : Set.of();
            try (PackagePrefetch ahead = new PackagePrefetch(files, f -> {
                DecodedPackage d = DecodedPackage.read(f, passwords.apply(f), entities);
                // a roll-up store's parts made ready off this thread
                return parts && !takenFiles.contains(d.contents().fileSha256()) ? d.preparedAsPart(rollup) : d;
            })) {
                for (int i = 0; i < files.size(); i++) {
                    ImportPlan plan;
                    try {
                        plan = planAndWrite(ahead, i, files.get(i), write, indexes, reads, totals);
                    } catch (BatchRefusal e) {
                        if (!(e.getCause() instanceof UnknownSenderException)) {
                            throw e;
                        }
                        // every sender still to approve is named at once: one by one, 114 wards took 114 tries
                        unknownSenders.add(e);
                        continue;
                    }
                    // A written package keeps its counts, not its records: memory stays bounded (ADR 0165).
                    plans.add(write ? plan.afterWriting() : plan);
                    progress.packageDone(i + 1, files.size(), files.get(i).getFileName().toString());
                }
            }
            if (unknownSenders.size() == 1) {
                throw unknownSenders.get(0);
            } else if (!unknownSenders.isEmpty()) {
                throw new UnknownSenders(unknownSenders,
                        code -> repos.units().find(code).map(vn.atr.domain.AdminUnit::name).orElse(null));
            }
            reads.auditHeads().writeBatch();
            if (totals != null) {
                totals.write();
            }
            if (indexes != null) {
                indexes.restore();
            }
            return new BatchImport(plans, write);
        };
        try {
            Supplier<BatchImport> once = () -> keys.fingerprintReadOnce(work); // no import makes the own key
            return write ? db.inBulkTransaction(once) : db.rehearse(once);
        } catch (BatchRefusal e) {
            // Recorded once the batch is rolled back, so the refusal stays and the records do not change.
            refusals.record(s, "package", e.file.getFileName().toString(), ImportRefusals.sha256(e.file),
                    e.getMessage(), e);
            throw e;
        } catch (UnknownSenders e) {
            for (BatchRefusal each : e.refusals) { // each file's refusal kept, each sender listed as pending
                refusals.record(s, "package", each.file.getFileName().toString(), ImportRefusals.sha256(each.file),
                        each.getMessage(), each);
            }
            throw e;
        }
    }

    /**
     * A batch whose packages come from several senders not approved yet: all are named, each with its files'
     * fingerprint and unit, so that the administrator checks and approves them in one round. Its cause is the
     * first one's refusal, so that a screen offering to approve a sender finds one.
     */
    private static final class UnknownSenders extends ServiceException {
        private final transient List<BatchRefusal> refusals;

        UnknownSenders(List<BatchRefusal> refusals, java.util.function.Function<String, String> unitNames) {
            super(Messages.get("exchange.batch.unknownSenders", refusals.stream()
                    .map(r -> (UnknownSenderException) r.getCause())
                    .map(u -> u.sender().fingerprint() + " (" + PackageSender.unitText(u.sender().unit(),
                            u.sender().unit() == null ? null : unitNames.apply(u.sender().unit())) + ")")
                    .distinct().collect(Collectors.joining("; "))), refusals.get(0));
            this.refusals = List.copyOf(refusals);
        }
    }

    /** A batch refused because of one of its files (named in the message, kept for the audit entry). */
    private static final class BatchRefusal extends ServiceException {
        private final transient Path file;

        BatchRefusal(Path file, String reason, Throwable cause) {
            super(Messages.get("exchange.batch.fileRefused", file.getFileName(), reason.replaceAll("[.\\s]+$", "")),
                    cause);
            this.file = file;
        }
    }

    /** One package of a batch: its plan against the store as the earlier ones left it, written if valid. */
    private ImportPlan planAndWrite(PackagePrefetch ahead, int i, Path file, boolean write, BulkIndexes indexes,
                                    PlanReads reads, RollupParts.PendingTotals totals) {
        try {
            DecodedPackage decoded = ahead.get(i);
            Planned planned = plan(decoded, reads);
            ImportPlan plan = planned.plan();
            if (plan.rejected().isEmpty()) {
                if (indexes != null && i == 0) { // the batch's size guessed from its first package
                    indexes.expect(plan.entries().stream().filter(e -> e.entity().equals(
                            repos.activities().entity()) && e.outcome() != ImportPlan.Outcome.UNCHANGED
                            && e.outcome() != ImportPlan.Outcome.OLDER
                            && e.outcome() != ImportPlan.Outcome.CONFLICT).count() * ahead.size());
                }
                // joins the batch's transaction; the next package is planned against it
                apply(plan, planned.part(), decoded.part(), reads, totals);
            } else if (write) {
                ImportPlan.Entry r = plan.rejected().get(0);
                throw new BatchRefusal(file, Messages.get("exchange.batch.invalidRecords", plan.rejected().size(),
                        r.entity(), r.recordId(), r.reason()), null);
            }
            return plan;
        } catch (AccessDeniedException | BatchRefusal e) {
            throw e;
        } catch (AtrException e) {
            throw new BatchRefusal(file, e.getMessage(), e);
        }
    }

    /**
     * The package's identifiers: only inside an encrypted payload, only for a role that may write and
     * read them (the store's key is needed to encrypt them again), only for victims that exist.
     */
    private List<VictimIdentity> identities(PackageReader.Contents c, List<ImportPlan.Entry> entries,
                                            Set<String> scope) {
        byte[] lines = c.entities().get(IdentityTransfer.ENTITY);
        if (lines == null) {
            return List.of();
        }
        if (c.manifest().encryption() == null) {
            throw new ServiceException(Messages.get("exchange.import.identitiesInPlain"));
        }
        if (!c.manifest().withIdentifiers()) { // the signed manifest says none were exported: some were added
            throw new ServiceException(Messages.get("exchange.import.identitiesUndeclared"));
        }
        Session s = session.get();
        s.require(Permission.IDENTITY_WRITE);
        if (!s.mayReadIdentifiers()) {
            throw new AccessDeniedException(Messages.get("exchange.import.identitiesDenied", s.userName()));
        }
        List<VictimIdentity> found = identities.parse(lines, entries);
        java.util.Set<String> victims = new java.util.HashSet<>();
        entries.stream().filter(e -> e.entity().equals("victim") && e.outcome() != ImportPlan.Outcome.REJECTED)
                .forEach(e -> victims.add(e.recordId()));
        // a stored victim the package does not carry: only one of a unit the sender's approval covers
        java.util.Map<String, String> outside = new java.util.HashMap<>();
        repos.victims().findAll(found.stream().map(VictimIdentity::victimId).filter(id -> !victims.contains(id))
                .toList()).forEach(v -> {
                    if (SenderCheck.covers(scope, v.unitCode())) {
                        victims.add(v.meta().id());
                    } else {
                        outside.put(v.meta().id(), v.unitCode());
                    }
                });
        for (VictimIdentity i : found) {
            if (!victims.contains(i.victimId())) {
                String reason = outside.containsKey(i.victimId())
                        ? Messages.get("exchange.import.identityOutsideSender", outside.get(i.victimId()))
                        : Messages.get("exchange.import.identityWithoutVictim");
                entries.add(new ImportPlan.Entry(ImportPlan.Outcome.REJECTED, IdentityTransfer.ENTITY, i.victimId(),
                        null, 0, reason, null, null, List.of()));
            }
        }
        return found.stream().filter(i -> victims.contains(i.victimId())).toList();
    }

    /**
     * Applies a plan in one transaction: new, updated and deleted records are written with the sender's
     * meta, conflicts are kept aside, the base versions and the import itself are recorded. Refused
     * (nothing written) if any record was rejected.
     */
    public Map<ImportPlan.Outcome, Integer> apply(ImportPlan plan) {
        return apply(plan, null, null, null, null);
    }

    /**
     * {@code partHere}, non-null when the plan was made in the transaction this write joins (a batch): its new records
     * are then known to be absent and go in by a plain insert (ADR 0165), and a roll-up store's part is the one the
     * plan found; a plan shown earlier is written as an upsert, its part found again. {@code reads}, {@code totals}:
     * the batch's, which writes its parts' totals at its end.
     */
    private Map<ImportPlan.Outcome, Integer> apply(ImportPlan plan, Optional<PartScope> partHere,
                                                   RollupParts.Prepared prepared, PlanReads reads,
                                                   RollupParts.PendingTotals totals) {
        boolean plannedHere = partHere != null;
        Session s = session.get();
        s.require(Permission.IMPORT);
        if (!plan.rejected().isEmpty()) {
            ImportPlan.Entry r = plan.rejected().get(0);
            ServiceException refused = new ServiceException(Messages.get("exchange.import.refused",
                    plan.rejected().size(), r.entity(), r.recordId(), r.reason()));
            refusals.record(s, "package", plan.fileName(), plan.fileSha256(), refused.getMessage(), refused);
            throw refused;
        }
        String source = plan.manifest().installationId();
        Map<String, List<ImportPlan.Entry>> byEntity = plan.entries().stream()
                .collect(java.util.stream.Collectors.groupingBy(ImportPlan.Entry::entity));
        try {
            db.runInTransaction(() -> {
                // In a roll-up store a package's activities replace its units' part (ADR 0203); checked again
                // here, as a plan shown in the window may be written after another package was taken.
                Optional<PartScope> part = plannedHere ? partHere
                        : partScope(plan.manifest(), Path.of(plan.fileName()), plan.fileSha256(), planReads());
                if (!plannedHere) {
                    for (ExchangeEntity<?> e : entities) {
                        if (e.type() == vn.atr.domain.Activity.class && part.isPresent()) {
                            requireNotTakenSince(plan, part.get(), byEntity.getOrDefault(e.name(), List.of()));
                            continue; // a part replaces whatever is held: no record of it was planned against
                        }
                        requireAsPlanned(plan, e, byEntity.getOrDefault(e.name(), List.of()));
                    }
                }
                String partText = "";
                for (ExchangeEntity<?> e : entities) {
                    List<ImportPlan.Entry> mine = byEntity.getOrDefault(e.name(), List.of());
                    if (part.isPresent() && e.type() == vn.atr.domain.Activity.class) {
                        partText = writePart(part.get(), plan, mine, prepared, reads, totals);
                    } else {
                        write(e, mine, source, s.userName(), plannedHere);
                    }
                }
                int saved = identities.apply(plan, s.userName());
                exchange.recordImport(plan.fileName(), plan.fileSha256(), source, s.userName(), plan.storedCounts());
                SenderAuditHeads heads = reads != null ? reads.auditHeads() : auditHeads;
                // only the heads' own warning: a plan's other words (a roll-up part replaced or left out) are no sign
                // of a log gone back
                String keptBefore = heads.warning(plan.manifest()).isEmpty() ? "" : heads.keptHead(plan.manifest())
                        .map(h -> ", sender's audit log went back or was rewritten: it no longer holds entry " + h.seq()
                                + " " + h.hash() + " of its earlier package")
                        .orElse(", sender's audit log went back or was rewritten");
                heads.record(plan.manifest());
                db.audit().append(s.userName(), "import", "package", plan.fileName(), null, null, plan.storedCounts()
                        + ", identifiers " + saved + ", sha256 " + plan.fileSha256() + keptBefore + partText);
            });
        } catch (AccessDeniedException | StalePlanException e) {
            throw e; // a plan made again (the command line) or checked again (the window) is no refusal of the package
        } catch (AtrException e) { // a write that failed (a full disk): rolled back, the refusal kept
            refusals.record(s, "package", plan.fileName(), plan.fileSha256(), e.getMessage(), e);
            throw e;
        }
        return plan.counts();
    }

    /**
     * A roll-up store's part: the package's live activities in place of what was held; the audit entry's words. The
     * part {@code prepared} on the read-ahead thread is used if it is of exactly these records.
     */
    private String writePart(PartScope scope, ImportPlan plan, List<ImportPlan.Entry> entries,
                             RollupParts.Prepared prepared, PlanReads reads,
                             RollupParts.PendingTotals totals) {
        List<vn.atr.domain.Activity> live = new ArrayList<>(entries.size());
        for (ImportPlan.Entry entry : entries) {
            if (entry.outcome() == ImportPlan.Outcome.NEW) {
                live.add((vn.atr.domain.Activity) entry.theirs());
            }
        }
        RollupParts.Part p = scope.part();
        String which = ", part of unit " + p.sourceUnit() + " " + p.from() + ".." + p.to() + ": ";
        if (scope.newer() != null) {
            return which + "made " + p.madeAt() + ", before the part of unit " + scope.newer().sourceUnit() + " made "
                    + scope.newer().madeAt() + " by a file of the same import: not written";
        }
        if (scope.taken()) {
            return which + "this file, taken before, unchanged";
        }
        long replaced = rollup.replace(p, scope.units(), prepared != null && prepared.isOf(live) ? prepared
                : rollup.prepare(live), reads == null || reads.mayHoldChunks(scope.units()), totals);
        if (reads != null) {
            reads.wrotePart(p.sourceUnit(), scope.units());
        }
        return which + live.size() + " activities in place of " + replaced;
    }

    /**
     * A plan made before this transaction (shown in the window, or made before the writers' lock) is written only
     * against the records it was made against: another import or an edit that came in between (a second compiler
     * on the same server) would otherwise be overwritten without a conflict. Read under the writers' lock.
     */
    private <T> void requireAsPlanned(ImportPlan plan, ExchangeEntity<T> e, List<ImportPlan.Entry> entries) {
        List<String> ids = entries.stream().map(ImportPlan.Entry::recordId).toList();
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Long> now = new HashMap<>();
        e.repo().findAll(ids).forEach(r -> now.put(e.meta().apply(r).id(), e.meta().apply(r).version()));
        for (ImportPlan.Entry entry : entries) {
            if (!java.util.Objects.equals(now.get(entry.recordId()), entry.ourVersion())) {
                throw new StalePlanException(Messages.get("exchange.import.changedSincePlan", plan.fileName(),
                        entry.entity(), entry.recordId()));
            }
        }
    }

    /**
     * A part planned as new whose file another import (a second PC on the same server) has taken since: written, it
     * would be counted as new records while nothing changes; planned again, it says unchanged.
     */
    private static void requireNotTakenSince(ImportPlan plan, PartScope part, List<ImportPlan.Entry> entries) {
        if (!part.taken()) {
            return;
        }
        for (ImportPlan.Entry entry : entries) {
            if (entry.outcome() == ImportPlan.Outcome.NEW) {
                throw new StalePlanException(Messages.get("exchange.import.changedSincePlan", plan.fileName(),
                        entry.entity(), entry.recordId()));
            }
        }
    }

    /** The store changed between a package's plan and its writing: nothing was written; plan it again. */
    public static final class StalePlanException extends ServiceException {
        StalePlanException(String message) {
            super(message);
        }
    }

    private <T> void write(ExchangeEntity<T> e, List<ImportPlan.Entry> entries, String source, String user,
                           boolean plannedHere) {
        if (entries.isEmpty()) {
            return; // nothing to write, no base to move, no conflict to open or close
        }
        List<T> changed = new ArrayList<>();
        Set<String> absent = new java.util.HashSet<>();
        List<ExchangeRepository.NewConflict> conflicts = new ArrayList<>();
        Map<String, ExchangeRepository.Base> base = new HashMap<>();
        for (ImportPlan.Entry entry : entries) {
            switch (entry.outcome()) {
                case NEW, UPDATED, DELETED, NEVER_RECEIVED -> {
                    T theirs = e.type().cast(entry.theirs());
                    long stored = entry.theirVersion();
                    if (entry.ourVersion() != null && entry.ourVersion() >= entry.theirVersion()) {
                        // the sender's edit of a record whose conflict was settled here, under a version of its
                        // own: it goes on above ours, so that a package sent on reads it as newer
                        vn.atr.domain.Meta m = e.meta().apply(theirs);
                        stored = entry.ourVersion() + 1;
                        theirs = e.repo().copyWithMeta(theirs, new vn.atr.domain.Meta(m.id(), m.createdAt(), m.updatedAt(),
                                m.updatedBy(), stored, m.deleted()));
                    }
                    changed.add(theirs);
                    base.put(entry.recordId(), new ExchangeRepository.Base(entry.theirVersion(), stored));
                    if (plannedHere && (entry.outcome() == ImportPlan.Outcome.NEW
                            || entry.outcome() == ImportPlan.Outcome.NEVER_RECEIVED)) {
                        absent.add(entry.recordId());
                    }
                }
                case UNCHANGED -> base.put(entry.recordId(), new ExchangeRepository.Base(entry.theirVersion(),
                        entry.ourVersion() == null ? entry.theirVersion() : entry.ourVersion()));
                case CONFLICT -> conflicts.add(new ExchangeRepository.NewConflict(entry.recordId(),
                        entry.ourVersion(), entry.theirVersion(), json(entry.theirs())));
                default -> { } // an older package leaves the base where the newer one put it
            }
        }
        e.repo().upsertAsGiven(changed, user, r -> absent.contains(e.meta().apply(r).id()));
        Map<String, Long> open = exchange.openConflictVersions(source, e.name());
        if (!open.isEmpty()) {
            closeSettledConflicts(e, entries, source, open, user);
            // a conflict already open for the record under the same or a newer version of the sender's stays the
            // one to settle: the same package imported again, or an older one read late, adds none
            conflicts.removeIf(c -> open.containsKey(c.recordId()) && c.theirVersion() <= open.get(c.recordId()));
        }
        exchange.addConflicts(source, e.name(), conflicts);
        exchange.putBases(source, e.name(), base);
    }

    /**
     * One open conflict per record, the newest: a package that conflicts again, or brings the sender's record
     * anew, supersedes the conflict still open (settling the older one would undo the newer package); one that
     * brings the record as it is here closes it as agreed.
     */
    private <T> void closeSettledConflicts(ExchangeEntity<T> e, List<ImportPlan.Entry> entries, String source,
                                           Map<String, Long> open, String user) {
        List<String> superseded = new ArrayList<>();
        List<String> agreed = new ArrayList<>();
        for (ImportPlan.Entry entry : entries) {
            Long held = open.get(entry.recordId());
            if (held == null) {
                continue;
            }
            // only a newer version of the sender's than the conflict holds settles it: an older package read late
            // neither replaces the newer conflict nor closes it as agreed
            boolean newer = entry.theirVersion() > held;
            switch (entry.outcome()) {
                case CONFLICT, UPDATED, DELETED -> {
                    if (newer) {
                        superseded.add(entry.recordId());
                    }
                }
                case UNCHANGED -> {
                    if (entry.theirVersion() >= held) {
                        agreed.add(entry.recordId());
                    }
                }
                default -> { }
            }
        }
        exchange.closeOpenConflicts(source, e.name(), superseded, "superseded");
        exchange.closeOpenConflicts(source, e.name(), agreed, "agreed");
        // closed without a compiler's word: said in the log as the settled ones are
        superseded.forEach(id -> db.audit().append(user, "conflict.superseded", e.name(), id, null, null, source));
        agreed.forEach(id -> db.audit().append(user, "conflict.agreed", e.name(), id, null, null, source));
    }

    static String json(Object record) {
        try {
            return PackageJson.mapper().writeValueAsString(record);
        } catch (IOException ex) {
            throw new ServiceException(ex.getMessage());
        }
    }

    SigningKeys signingKeys() {
        return keys;
    }

    PackageTrustRepository trustRepository() {
        return trustRepo;
    }

    ExchangeRepository bookkeeping() {
        return exchange;
    }

    List<ExchangeEntity<?>> entities() {
        return entities;
    }

    Optional<ExchangeEntity<?>> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}

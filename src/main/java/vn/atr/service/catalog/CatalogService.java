package vn.atr.service.catalog;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.atr.domain.Measure;
import vn.atr.domain.Text;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.Permission;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorGroup;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.domain.catalog.IndicatorRules;
import vn.atr.domain.catalog.IndicatorSection;
import vn.atr.format.catalog.CatalogFile;
import vn.atr.service.Session;
import vn.atr.service.access.AuditService;
import vn.atr.store.CatalogRepository;
import vn.atr.store.Database;

/**
 * The indicator catalogue's use cases, shared by the catalogue screen and {@code atr catalog}: list,
 * add, rename, reorder, retire, export and import. Each change is one transaction with its audit
 * entry; administrators and compilers may change the catalogue, everyone who reads records may read it.
 */
public final class CatalogService {
    /** Unit words that count sessions (the entry is counted as activities with participants). */
    private static final Set<String> SESSION_UNITS = Set.of("BUỔI", "LỚP", "CUỘC", "HỘI NGHỊ", "HỘI THẢO", "ĐỢT");
    private static final int STEP = 10;

    private final Database db;
    private final CatalogRepository catalog;
    private final Supplier<Session> session;
    private final AuditService audit;
    private final AgeBandService ageBands;

    public CatalogService(Database db, CatalogRepository catalog, Supplier<Session> session, AuditService audit,
                          AgeBandService ageBands) {
        this.db = db;
        this.catalog = catalog;
        this.session = session;
        this.audit = audit;
        this.ageBands = ageBands;
    }

    /** Every entry, retired ones included, in the catalogue's order. */
    public List<Indicator> list() {
        session.get().require(Permission.RECORD_READ);
        return catalog.list();
    }

    public Optional<Indicator> find(String code) {
        session.get().require(Permission.RECORD_READ);
        return catalog.find(code);
    }

    public Indicator add(NewIndicator request) {
        session.get().require(Permission.CATALOG_ADMIN);
        List<Indicator> all = catalog.list();
        String code = request.code() == null || request.code().isBlank()
                ? IndicatorRules.codeFor(request.nameVi(), all) : request.code().strip().toUpperCase(java.util.Locale.ROOT);
        Measure measure = request.measure() != null ? request.measure() : defaultMeasure(request);
        IndicatorGroup group = request.group() != null ? request.group() : IndicatorGroup.OTHER;
        int order = all.stream().mapToInt(Indicator::order).max().orElse(0) + STEP;
        Indicator entry = new Indicator(code, request.kind(), request.nameVi(), request.nameEn(), group,
                defaultSection(measure, group), measure, request.unitVi(), null, order, request.introducedOn(), null);
        ValidationException.throwIfAny(IndicatorRules.validate(entry, all, true));
        return db.inTransaction(() -> {
            catalog.save(entry);
            audit.record("catalog.add", "indicator", entry.code(), entry.kind() + " " + entry.nameVi()
                    + " (" + entry.unitVi() + ")");
            return entry;
        });
    }

    public Indicator rename(String code, String nameVi, String nameEn) {
        Indicator old = existing(code);
        Indicator renamed = old.renamed(nameVi, nameEn == null || nameEn.isBlank() ? old.nameEn() : nameEn);
        return change(renamed, "catalog.rename", old.nameVi() + " -> " + renamed.nameVi());
    }

    /** Retires an entry from {@code from} on (today when null): records dated from then on are refused. */
    public Indicator retire(String code, LocalDate from) {
        Indicator old = existing(code);
        LocalDate day = from != null ? from : LocalDate.now();
        return change(old.retiredFrom(day), "catalog.retire", VnFormats.date(day));
    }

    /** Puts the entries in the order of {@code codes} (entries not named keep their place after them). */
    public void reorder(List<String> codes) {
        session.get().require(Permission.CATALOG_ADMIN);
        List<Indicator> all = catalog.list();
        Map<String, Indicator> byCode = all.stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
        List<Indicator> ordered = new ArrayList<>();
        for (String code : codes) {
            ordered.add(Optional.ofNullable(byCode.remove(code)).orElseThrow(() -> unknown(code)));
        }
        all.stream().filter(i -> byCode.containsKey(i.code())).forEach(ordered::add);
        db.runInTransaction(() -> {
            for (int i = 0; i < ordered.size(); i++) {
                Indicator e = ordered.get(i);
                if (e.order() != (i + 1) * STEP) {
                    catalog.save(e.withOrder((i + 1) * STEP));
                }
            }
            audit.record("catalog.reorder", "indicator", "*", String.join(",", codes));
        });
    }

    /** Moves one entry one place up (-1) or down (+1) in the catalogue's order. */
    public void move(String code, int direction) {
        List<String> codes = new ArrayList<>(catalog.list().stream().map(Indicator::code).toList());
        int at = codes.indexOf(code);
        if (at < 0) {
            throw unknown(code);
        }
        int to = Math.max(0, Math.min(codes.size() - 1, at + Integer.signum(direction)));
        codes.add(to, codes.remove(at));
        reorder(codes);
    }

    public void export(Path file) {
        session.get().require(Permission.RECORD_READ);
        CatalogFile.write(file, catalog.list(), ageBands.list());
        audit.record("catalog.export", "indicator", "*", file.getFileName().toString());
    }

    /**
     * Adopts a catalogue file (the Department's): new codes are added, known ones take the file's names,
     * units, order and validity; so do its age bands (AgeBandService). A name that another code already
     * carries, or bands that would overlap or leave a gap, refuse the whole file.
     */
    public CatalogImport importFile(Path file) {
        return importFile(file, false);
    }

    /**
     * As {@link #importFile(Path)}; with {@code dryRun} the same checks and the same result, rehearsed in a
     * transaction that is rolled back: what the file would add and change, the store untouched.
     */
    public CatalogImport importFile(Path file, boolean dryRun) {
        session.get().require(Permission.CATALOG_ADMIN);
        CatalogFile.Contents incoming = CatalogFile.read(file);
        java.util.function.Supplier<CatalogImport> work = () -> {
            CatalogImport indicators = adopt(incoming.entries());
            CatalogImport result = new CatalogImport(indicators.added(), indicators.updated(), indicators.unchanged(),
                    ageBands.adopt(incoming.ageBands()));
            audit.record("catalog.import", "indicator", "*", file.getFileName() + ": +" + result.added().size()
                    + " ~" + result.updated().size());
            return result;
        };
        return dryRun ? db.rehearse(work) : db.inTransaction(work);
    }

    /** Entries of {@code incoming} (a file, a package) this store lacks, by code. */
    public List<Indicator> missing(List<Indicator> incoming) {
        List<Indicator> all = catalog.list();
        return incoming.stream().filter(i -> all.stream().noneMatch(o -> o.code().equals(i.code()))).toList();
    }

    /** Adds entries another store uses (a package's), each checked like a new entry; joins the caller's transaction. */
    public void addMissing(List<Indicator> entries) {
        session.get().require(Permission.CATALOG_ADMIN);
        db.runInTransaction(() -> {
            for (Indicator e : missing(entries)) {
                ValidationException.throwIfAny(IndicatorRules.validate(e, catalog.list(), true));
                catalog.save(e);
                audit.record("catalog.add", "indicator", e.code(), e.kind() + " " + e.nameVi() + " (" + e.unitVi() + ")");
            }
        });
    }

    private CatalogImport adopt(List<Indicator> incoming) {
        List<String> added = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int unchanged = 0;
        List<Violation> problems = new ArrayList<>();
        for (Indicator e : incoming) {
            List<Indicator> all = catalog.list();
            Optional<Indicator> known = all.stream().filter(o -> o.code().equals(e.code())).findFirst();
            if (known.isPresent() && known.get().equals(e)) {
                unchanged++;
                continue;
            }
            if (known.isPresent() && known.get().kind() != e.kind()) {
                problems.add(new Violation("indicatorKind", "catalog.kindDiffers", e.code(), known.get().kind()));
                continue;
            }
            List<Violation> v = IndicatorRules.validate(e, all, known.isEmpty());
            if (!v.isEmpty()) {
                problems.addAll(v);
                continue;
            }
            catalog.save(e);
            (known.isPresent() ? updated : added).add(e.code());
        }
        ValidationException.throwIfAny(problems);
        return new CatalogImport(added, updated, unchanged, AgeBandService.BandChanges.NONE);
    }

    private Indicator change(Indicator changed, String action, String detail) {
        session.get().require(Permission.CATALOG_ADMIN);
        ValidationException.throwIfAny(IndicatorRules.validate(changed, catalog.list(), false));
        return db.inTransaction(() -> {
            catalog.save(changed);
            audit.record(action, "indicator", changed.code(), detail);
            return changed;
        });
    }

    private Indicator existing(String code) {
        session.get().require(Permission.CATALOG_ADMIN);
        return catalog.find(code == null ? "" : code.strip()).orElseThrow(() -> unknown(code));
    }

    private static ValidationException unknown(String code) {
        return new ValidationException(new Violation("indicatorCode", "catalog.unknown", String.valueOf(code)));
    }

    private static Measure defaultMeasure(NewIndicator r) {
        return r.kind() == IndicatorKind.ACTIVITY && r.unitVi() != null && SESSION_UNITS.contains(Text.key(r.unitVi()))
                ? Measure.SESSIONS : Measure.ITEMS;
    }

    private static IndicatorSection defaultSection(Measure measure, IndicatorGroup group) {
        if (measure == Measure.SESSIONS) {
            return IndicatorSection.ORGANISED;
        }
        return switch (group) {
            case MATERIALS -> IndicatorSection.MATERIALS;
            case MEDIA -> IndicatorSection.MEDIA;
            default -> IndicatorSection.OTHER;
        };
    }
}

package vn.atr.service.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;
import vn.atr.domain.access.Permission;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.AgeBandRules;
import vn.atr.service.Session;
import vn.atr.service.access.AuditService;
import vn.atr.store.AgeBandRepository;
import vn.atr.store.Database;

/**
 * The victims' age bands as configured data, next to the indicator catalogue: list, add, rename, retire, and
 * the bands of a catalogue file. Each change is one transaction with its audit entry, refused when bands would
 * overlap or leave a gap (AgeBandRules). Shared by the catalogue screen, {@code atr catalog} and the file import.
 */
public final class AgeBandService {
    private static final int STEP = 10;

    private final Database db;
    private final AgeBandRepository bands;
    private final Supplier<Session> session;
    private final AuditService audit;

    public AgeBandService(Database db, AgeBandRepository bands, Supplier<Session> session, AuditService audit) {
        this.db = db;
        this.bands = bands;
        this.session = session;
        this.audit = audit;
    }

    /** Every band, retired ones included, in the report's order. */
    public List<AgeBandEntry> list() {
        session.get().require(Permission.RECORD_READ);
        return bands.list();
    }

    public Optional<AgeBandEntry> find(String code) {
        session.get().require(Permission.RECORD_READ);
        return bands.list().stream().filter(b -> b.code().equals(code == null ? "" : code.strip())).findFirst();
    }

    /** Adds a band of ages {@code from}..{@code to} (null: and older), placed among the bands by its ages. */
    public AgeBandEntry add(String nameVi, String nameEn, Integer from, Integer to, String code) {
        session.get().require(Permission.CATALOG_ADMIN);
        if (from == null) {
            throw new ValidationException(new Violation("ageBandFrom", "ageBand.fromRequired"));
        }
        List<AgeBandEntry> all = bands.list();
        String c = code == null || code.isBlank() ? "AGE_" + from + (to == null ? "_PLUS" : "_" + to)
                : code.strip().toUpperCase(java.util.Locale.ROOT);
        AgeBandEntry entry = new AgeBandEntry(c, nameVi, nameEn, from, to, orderFor(from, all), null);
        ValidationException.throwIfAny(AgeBandRules.validate(entry, all, true));
        return db.inTransaction(() -> {
            bands.save(entry);
            audit.record("catalog.add", "age_band", entry.code(), entry.labelVi() + " (" + from + "-"
                    + (to == null ? "" : to) + ")");
            return entry;
        });
    }

    /** Gives a band another name (English too when given); its ages and the victims counted in it stay. */
    public AgeBandEntry rename(String code, String nameVi, String nameEn) {
        session.get().require(Permission.CATALOG_ADMIN);
        List<AgeBandEntry> all = bands.list();
        AgeBandEntry old = existing(code, all);
        AgeBandEntry renamed = new AgeBandEntry(old.code(), nameVi, nameEn == null || nameEn.isBlank()
                ? old.labelEn() : nameEn, old.minAge(), old.maxAge(), old.order(), old.retiredOn());
        ValidationException.throwIfAny(AgeBandRules.validate(renamed, all, false));
        return db.inTransaction(() -> {
            bands.save(renamed);
            audit.record("catalog.rename", "age_band", renamed.code(), old.labelVi() + " -> " + renamed.labelVi());
            return renamed;
        });
    }

    /** Retires a band from {@code from} on (today when null); refused when it would leave a gap between bands. */
    public AgeBandEntry retire(String code, LocalDate from) {
        session.get().require(Permission.CATALOG_ADMIN);
        List<AgeBandEntry> all = bands.list();
        AgeBandEntry old = existing(code, all);
        LocalDate day = from != null ? from : LocalDate.now();
        AgeBandEntry retired = old.retiredFrom(day);
        ValidationException.throwIfAny(AgeBandRules.validate(retired, all, false));
        return db.inTransaction(() -> {
            bands.save(retired);
            audit.record("catalog.retire", "age_band", retired.code(), VnFormats.date(day));
            return retired;
        });
    }

    /**
     * Adopts a catalogue file's bands: new codes are added, known ones take the file's names, ages, order and
     * retirement; bands the file does not name stay. The bands after the change must keep the rules (no overlap,
     * no gap), checked as a whole: otherwise nothing is changed. Joins the caller's transaction (the file's import).
     */
    public BandChanges adopt(List<AgeBandEntry> incoming) {
        session.get().require(Permission.CATALOG_ADMIN);
        List<AgeBandEntry> all = bands.list();
        BandChanges changes = changes(incoming, all);
        List<AgeBandEntry> changed = new ArrayList<>(changes.added());
        changed.addAll(changes.updated());
        Map<String, AgeBandEntry> after = new LinkedHashMap<>();
        all.forEach(b -> after.put(b.code(), b));
        changed.forEach(b -> after.put(b.code(), b));
        // Each changed band against the others as they will be: a split is valid only with all its parts.
        LinkedHashSet<Violation> problems = new LinkedHashSet<>();
        changed.forEach(b -> problems.addAll(AgeBandRules.validate(b, after.values(), false)));
        ValidationException.throwIfAny(new ArrayList<>(problems));
        db.runInTransaction(() -> {
            for (AgeBandEntry b : changes.added()) {
                bands.save(b);
                audit.record("catalog.add", "age_band", b.code(), b.labelVi() + " (" + b.ages() + ")");
            }
            for (AgeBandEntry b : changes.updated()) {
                bands.save(b);
                audit.record("catalog.update", "age_band", b.code(), b.labelVi() + " (" + b.ages() + ")");
            }
        });
        return changes;
    }

    private static BandChanges changes(List<AgeBandEntry> incoming, List<AgeBandEntry> all) {
        List<AgeBandEntry> added = new ArrayList<>();
        List<AgeBandEntry> updated = new ArrayList<>();
        int unchanged = 0;
        for (AgeBandEntry given : incoming) {
            // A band without an English name is stored with the Vietnamese one (as added here): compare it so.
            AgeBandEntry b = given.labelEn() == null || given.labelEn().isBlank() ? new AgeBandEntry(given.code(),
                    given.labelVi(), given.labelVi(), given.minAge(), given.maxAge(), given.order(), given.retiredOn())
                    : given;
            Optional<AgeBandEntry> known = all.stream().filter(o -> o.code().equals(b.code())).findFirst();
            if (known.isEmpty()) {
                added.add(b);
            } else if (known.get().equals(b)) {
                unchanged++;
            } else {
                updated.add(b);
            }
        }
        return new BandChanges(added, updated, unchanged);
    }

    /** The bands a file adds, the known bands it changes, and how many it leaves as they are. */
    public record BandChanges(List<AgeBandEntry> added, List<AgeBandEntry> updated, int unchanged) {
        public static final BandChanges NONE = new BandChanges(List.of(), List.of(), 0);
    }

    private static AgeBandEntry existing(String code, List<AgeBandEntry> all) {
        String c = code == null ? "" : code.strip();
        return all.stream().filter(b -> b.code().equals(c)).findFirst()
                .orElseThrow(() -> new ValidationException(new Violation("ageBandCode", "ageBand.unknown",
                        String.valueOf(code))));
    }

    /** Just before the first ranged band that starts above {@code from}, or last among the ranged ones. */
    private static int orderFor(int from, List<AgeBandEntry> all) {
        int before = all.stream().filter(b -> b.ranged() && b.minAge() < from).mapToInt(AgeBandEntry::order)
                .max().orElse(0);
        int next = all.stream().mapToInt(AgeBandEntry::order).filter(o -> o > before).min().orElse(before + 2 * STEP);
        return next - before > 1 ? before + (next - before) / 2 : before + 1;
    }
}

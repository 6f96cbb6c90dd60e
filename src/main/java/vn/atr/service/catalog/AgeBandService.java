package vn.atr.service.catalog;

import java.time.LocalDate;
import java.util.List;
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
 * The victims' age bands as configured data, next to the indicator catalogue: list, add, retire. Each change
 * is one transaction with its audit entry, refused when bands would overlap or leave a gap (AgeBandRules).
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

    /** Retires a band from {@code from} on (today when null); refused when it would leave a gap between bands. */
    public AgeBandEntry retire(String code, LocalDate from) {
        session.get().require(Permission.CATALOG_ADMIN);
        List<AgeBandEntry> all = bands.list();
        AgeBandEntry old = all.stream().filter(b -> b.code().equals(code == null ? "" : code.strip())).findFirst()
                .orElseThrow(() -> new ValidationException(new Violation("ageBandCode", "catalog.unknown",
                        String.valueOf(code))));
        LocalDate day = from != null ? from : LocalDate.now();
        AgeBandEntry retired = old.retiredFrom(day);
        ValidationException.throwIfAny(AgeBandRules.validate(retired, all, false));
        return db.inTransaction(() -> {
            bands.save(retired);
            audit.record("catalog.retire", "age_band", retired.code(), VnFormats.date(day));
            return retired;
        });
    }

    /** Just before the first ranged band that starts above {@code from}, or last among the ranged ones. */
    private static int orderFor(int from, List<AgeBandEntry> all) {
        int before = all.stream().filter(b -> b.ranged() && b.minAge() < from).mapToInt(AgeBandEntry::order)
                .max().orElse(0);
        int next = all.stream().mapToInt(AgeBandEntry::order).filter(o -> o > before).min().orElse(before + 2 * STEP);
        return next - before > 1 ? before + (next - before) / 2 : before + 1;
    }
}

package vn.atr.service.report;

import java.util.List;
import java.util.function.Supplier;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.access.Permission;
import vn.atr.domain.catalog.Indicator;
import vn.atr.service.Session;
import vn.atr.store.CatalogRepository;
import vn.atr.store.Database;
import vn.atr.store.TargetRepository;

/** The year's targets of catalogue indicators ("đạt 108% kế hoạch" in the report); one path for every front door. */
public final class TargetService {
    /** The field a target's indicator is refused under, in the window's form and on the command line. */
    public static final String FIELD = "indicator";
    private final Database db;
    private final TargetRepository repository;
    private final CatalogRepository catalog;
    private final Supplier<Session> session;

    public TargetService(Database db, TargetRepository repository, CatalogRepository catalog,
                         Supplier<Session> session) {
        this.db = db;
        this.repository = repository;
        this.catalog = catalog;
        this.session = session;
    }

    public List<IndicatorTarget> forYear(int year) {
        session.get().require(Permission.REPORT);
        return repository.forYear(year);
    }

    /** Sets the year's target of an indicator the catalogue has; replaces the one set before. */
    public IndicatorTarget set(IndicatorTarget t) {
        return replace(null, t, true);
    }

    /**
     * The window's save: {@code t} in place of {@code old} (null for a new target), in one transaction. A new
     * target, or one moved to another indicator, may not take the place of a target the year already has for
     * that indicator: that one is edited instead, never overwritten unseen.
     */
    public IndicatorTarget save(IndicatorTarget old, IndicatorTarget t) {
        return replace(old, t, false);
    }

    private IndicatorTarget replace(IndicatorTarget old, IndicatorTarget t, boolean overwrite) {
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        ValidationException.throwIfAny(RecordValidator.validate(t));
        Indicator indicator = catalog.find(t.indicatorCode()).orElseThrow(() -> new ValidationException(
                new Violation(FIELD, "target.unknownIndicator", t.indicatorCode())));
        boolean moved = old != null && (old.year() != t.year() || !old.indicatorCode().equals(t.indicatorCode()));
        String author = s.author("local");
        db.runInTransaction(() -> {
            if (!overwrite && (old == null || moved)) {
                repository.forYear(t.year()).stream().filter(x -> x.indicatorCode().equals(t.indicatorCode()))
                        .findFirst().ifPresent(x -> {
                            throw new ValidationException(new Violation(FIELD, "target.exists", indicator.nameVi(),
                                    String.valueOf(t.year()), vn.atr.domain.VnFormats.number(x.target())));
                        });
            }
            if (moved) {
                repository.remove(old.year(), old.indicatorCode(), author);
            }
            repository.set(t, author);
        });
        return t;
    }

    /** Removes the year's target of the indicator; false when the year had none for it. */
    public boolean remove(int year, String indicatorCode) {
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        return repository.remove(year, indicatorCode, s.author("local"));
    }
}

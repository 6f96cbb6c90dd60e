package vn.atr.service.report;

import java.util.List;
import java.util.function.Supplier;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.ValidationException;
import vn.atr.domain.Violation;
import vn.atr.domain.access.Permission;
import vn.atr.service.Session;
import vn.atr.store.CatalogRepository;
import vn.atr.store.Database;
import vn.atr.store.TargetRepository;

/** The year's targets of catalogue indicators ("đạt 108% kế hoạch" in the report); one path for every front door. */
public final class TargetService {
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
        Session s = session.get();
        s.require(Permission.REPORT_DRAFT);
        ValidationException.throwIfAny(RecordValidator.validate(t));
        if (catalog.find(t.indicatorCode()).isEmpty()) {
            throw new ValidationException(new Violation("indicatorCode", "target.unknownIndicator", t.indicatorCode()));
        }
        db.runInTransaction(() -> repository.set(t, s.author("local")));
        return t;
    }

}

package vn.atr.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.access.Permission;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityCount;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ActivitySort;
import vn.atr.domain.ActivityRow;
import vn.atr.store.ActivityListQuery;
import vn.atr.store.Database;
import vn.atr.store.ActivityRepository;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.service.catalog.IndicatorCheck;

/** Entering, correcting and removing activities: each call is one user action in one transaction. */
public final class ActivityService {
    private final Database db;
    private final ActivityRepository repository;
    private final ActivityListQuery listQuery;

    private final Supplier<Session> session;
    private final IndicatorCheck indicators;

    private final UnitDates unitDates;

    ActivityService(Database db, ActivityRepository repository, UnitDates unitDates, IndicatorCheck indicators,
                    Supplier<Session> session) {
        this.unitDates = unitDates;
        this.db = db;
        this.indicators = indicators;
        this.session = session;
        this.repository = repository;
        this.listQuery = new ActivityListQuery(db);
    }

    /** Commune staff see their own unit when no unit is chosen, and are refused any unit outside it. */
    public List<ActivityRow> list(ActivityFilter filter) {
        return listQuery.list(restricted(filter));
    }

    /** One page of the filtered list in the given order (the list screen reads pages as they are shown). */
    public List<ActivityRow> page(ActivityFilter filter, ActivitySort sort, long offset, int limit) {
        return listQuery.page(restricted(filter), sort, offset, limit);
    }

    /** How many activities (and participants) the filter matches: the length of the paged list. */
    public ActivityCount count(ActivityFilter filter) {
        return listQuery.count(restricted(filter));
    }

    private ActivityFilter restricted(ActivityFilter filter) {
        Session s = session.get();
        s.require(Permission.RECORD_READ);
        String unit = filter.unitCode() != null ? filter.unitCode() : s.restrictedUnit().orElse(null);
        if (unit != null) {
            s.requireUnit(unit);
        }
        return new ActivityFilter(filter.from(), filter.to(), filter.typeCode(), unit, filter.text(), filter.limit());
    }

    public Optional<Activity> find(String id) {
        Session s = session.get();
        s.require(Permission.RECORD_READ);
        Optional<Activity> a = repository.find(id).filter(x -> !x.meta().deleted());
        a.ifPresent(x -> s.requireUnit(x.unitCode()));
        return a;
    }

    /** Inserts a new activity or stores a correction (refused if someone changed it meanwhile). */
    public Activity save(Activity activity, String requestedAuthor) {
        String by = UnitGuard.requireWritable(session.get(), repository, activity.meta(), activity.unitCode(),
                Activity::unitCode, requestedAuthor);
        Optional<Activity> stored = activity.meta().isNew() ? Optional.empty() : repository.find(activity.meta().id());
        if (stored.map(old -> !old.typeCode().equals(activity.typeCode())
                || !old.startDate().equals(activity.startDate())).orElse(true)) {
            indicators.requireUsable("typeCode", activity.typeCode(), IndicatorKind.ACTIVITY, activity.startDate());
        }
        List<vn.atr.domain.Violation> found = new java.util.ArrayList<>(RecordValidator.forEntry(activity));
        if (found.stream().noneMatch(v -> v.field().equals("quantity"))) {
            indicators.quantityProblem(activity).ifPresent(found::add);
        }
        unitDates.require(found, activity.unitCode(), activity.startDate(),
                stored.map(Activity::unitCode), stored.map(Activity::startDate));
        return db.inTransaction(() -> activity.meta().isNew()
                ? repository.insert(activity, by)
                : repository.update(activity, by));
    }

    /**
     * Stored activities the same as {@code activity} in all the report counts (unit, type, day, title,
     * participants, quantity), as a second save of one activity leaves them: the entry form asks before saving
     * another. One line each, as the user knows them.
     */
    public List<String> lookalikes(Activity activity) {
        Session s = session.get();
        s.require(Permission.RECORD_WRITE);
        if (activity.startDate() == null || activity.unitCode() == null || activity.typeCode() == null
                || s.restrictedUnit().isPresent() && !s.mayTouchUnit(activity.unitCode())) {
            return List.of();
        }
        return listQuery.list(new ActivityFilter(activity.startDate(), activity.startDate(), activity.typeCode(),
                        activity.unitCode(), null, 100)).stream()
                .filter(r -> !r.id().equals(activity.meta().id()) && r.unitCode().equals(activity.unitCode())
                        && r.startDate().equals(activity.startDate()) && vn.atr.domain.Text.sameWords(r.title(),
                        activity.title()) && r.participants() == activity.participants()
                        && r.quantity() == activity.quantity())
                .map(r -> vn.atr.domain.Messages.get("activity.lookalike", vn.atr.domain.VnFormats.date(r.startDate()),
                        r.typeName(), r.title() == null ? "" : r.title(), r.unitName(), figures(r)))
                .toList();
    }

    private static String figures(ActivityRow r) {
        return (r.participants() > 0 ? vn.atr.domain.Messages.get("activity.lookalike.people",
                vn.atr.domain.VnFormats.number(r.participants())) : "")
                + (r.quantity() > 0 ? vn.atr.domain.Messages.get("activity.lookalike.quantity",
                vn.atr.domain.VnFormats.number(r.quantity())) : "");
    }

    /** Soft delete, so that the deletion travels in data packages. */
    public void delete(String id, String author) {
        find(id).ifPresent(a -> session.get().requireUnit(a.unitCode()));
        session.get().require(Permission.RECORD_WRITE);
        String by = session.get().author(author);
        db.runInTransaction(() -> repository.softDelete(id, by));
    }
}

package vn.atr.ui.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import vn.atr.domain.Activity;
import vn.atr.domain.ActivityCount;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ActivitySort;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;
import vn.atr.service.ActivityService;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.PagedList;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.FieldErrors;
import vn.atr.ui.common.ReferenceChoices;

/**
 * The activity list: filters and sort as properties; whenever one changes (or the period), a task reads
 * the count and the first page, and the table gets a {@link PagedList} that reads the other pages as
 * they are scrolled into view (docs/decisions/0022-paged-activity-list.md).
 */
public final class ActivitiesViewModel {
    private final AppContext context;
    /** Shown in a row whose page is still being read. */
    static final ActivityRow LOADING = new ActivityRow(null, null, null, "", null, "", "\u2026", 0, 0);

    private final PagedList<ActivityRow> rows;
    private ActivitySort sort = ActivitySort.DEFAULT;
    private final FieldErrors errors = new FieldErrors();
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private ReferenceChoices choices = ReferenceChoices.EMPTY;

    final StringProperty search = new SimpleStringProperty("");
    final ObjectProperty<Choice> type = new SimpleObjectProperty<>();
    final ObjectProperty<Choice> unit = new SimpleObjectProperty<>();
    final StringProperty from = new SimpleStringProperty("");
    final StringProperty to = new SimpleStringProperty("");

    public ActivitiesViewModel(AppContext context) {
        this.context = context;
        this.rows = new PagedList<>(LOADING, context.tasks());
    }

    /** The list, read a page at a time; its content is replaced on each reload. */
    public ObservableList<ActivityRow> rows() {
        return rows;
    }

    public ActivitySort sort() {
        return sort;
    }

    /** Re-reads the list in a new order (the store sorts; nothing is sorted in memory). */
    public void sortBy(ActivitySort newSort) {
        if (!newSort.equals(sort)) {
            sort = newSort;
            reload();
        }
    }

    public FieldErrors errors() {
        return errors;
    }

    public ReferenceChoices choices() {
        return choices;
    }

    public javafx.beans.property.ReadOnlyStringProperty countText() {
        return count.getReadOnlyProperty();
    }

    /** Reads the choice lists, then the rows. */
    public void loadChoices(Runnable then) {
        context.tasks().run(() -> ReferenceChoices.read(context.services().reference()), c -> {
            choices = c;
            then.run();
        });
    }

    /** The filter of the current inputs, inside the reporting period; null if a date is wrong. */
    public ActivityFilter filter() {
        errors.clear();
        ReportPeriod p = context.period();
        LocalDate f = errors.date("periodFrom", from.get());
        LocalDate t = errors.date("periodTo", to.get());
        if (!errors.publish()) {
            return null;
        }
        LocalDate start = f == null || f.isBefore(p.from()) ? p.from() : f;
        LocalDate end = t == null || t.isAfter(p.to()) ? p.to() : t;
        return new ActivityFilter(start, end, type.get() == null ? null : type.get().code(),
                unit.get() == null ? null : unit.get().code(), search.get(), ActivityFilter.DEFAULT_LIMIT);
    }

    /**
     * What to tell the officer when the activity just saved is not in the period the list shows (a date of
     * another year typed on purpose, or by mistake): the report year that counts it. Empty when it is listed.
     */
    public java.util.Optional<String> outsidePeriodNotice(vn.atr.domain.Activity a) {
        vn.atr.domain.ReportPeriod shown = context.period();
        if (a.startDate() == null || shown.contains(a.startDate())) {
            return java.util.Optional.empty();
        }
        java.time.LocalDate day = a.startDate();
        int reportYear = vn.atr.domain.ReportPeriod.reportYearOf(day);
        return java.util.Optional.of(vn.atr.domain.Messages.get("activity.savedElsewhere",
                vn.atr.domain.VnFormats.date(day), String.valueOf(reportYear),
                vn.atr.ui.common.PeriodLabels.label(shown)));
    }

    public void reload() {
        ActivityFilter f = filter();
        if (f == null) {
            return;
        }
        ActivitySort s = sort;
        ActivityService service = context.services().activities();
        context.tasks().run(() -> new FirstPage(service.count(f), service.page(f, s, 0, PagedList.PAGE_SIZE)), first -> {
            rows.reset(first.count().rows(), first.rows(), (offset, limit) -> service.page(f, s, offset, limit));
            count.set(Messages.get("activity.count", VnFormats.number(first.count().rows()),
                    VnFormats.number(first.count().participants())));
        });
    }

    private record FirstPage(ActivityCount count, List<ActivityRow> rows) {
    }

    /** Narrows the list to what a dashboard bar stands for. */
    public void showOnly(String typeCode, String unitCode, LocalDate fromDay, LocalDate toDay) {
        search.set("");
        type.set(typeCode == null ? null : choices.type(typeCode).orElse(null));
        unit.set(unitCode == null ? null : choices.unit(unitCode).orElse(null));
        from.set(VnFormats.date(fromDay));
        to.set(VnFormats.date(toDay));
        reload();
    }

    public void clearFilters() {
        showOnly(null, null, null, null);
    }

    /** Reads the whole activity of {@code row} (to open it in the form). */
    public void read(ActivityRow row, Consumer<Activity> then) {
        context.tasks().run(() -> context.services().activities().find(row.id()).orElseThrow(), then);
    }

    public void delete(ActivityRow row, Runnable then) {
        context.tasks().run(() -> {
            context.services().activities().delete(row.id(), context.author());
            return row;
        }, r -> then.run());
    }

    /** The unit a new activity starts in (read with the choices, off the FX thread). */
    public String installationUnit() {
        return choices.installationUnit();
    }
}

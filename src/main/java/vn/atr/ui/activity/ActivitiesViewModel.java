package vn.atr.ui.activity;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.ActivityFilter;
import vn.atr.domain.ActivityRow;
import vn.atr.domain.Messages;
import vn.atr.domain.ReportPeriod;
import vn.atr.domain.VnFormats;
import vn.atr.ui.AppContext;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.FieldErrors;
import vn.atr.ui.common.ReferenceChoices;

/** The activity list: filters as properties, rows read in a task whenever a filter or the period changes. */
public final class ActivitiesViewModel {
    private final AppContext context;
    private final ObservableList<ActivityRow> rows = FXCollections.observableArrayList();
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
    }

    public ObservableList<ActivityRow> rows() {
        return rows;
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

    public void reload() {
        ActivityFilter f = filter();
        if (f == null) {
            return;
        }
        context.tasks().run(() -> context.services().activities().list(f), list -> {
            rows.setAll(list);
            long people = list.stream().mapToLong(ActivityRow::participants).sum();
            count.set(Messages.get("activity.count", VnFormats.number(list.size()), VnFormats.number(people)));
        });
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

    public void delete(ActivityRow row, Runnable then) {
        context.tasks().run(() -> {
            context.services().activities().delete(row.id(), context.author());
            return row;
        }, r -> then.run());
    }

    public String installationUnit() {
        return context.services().reference().agency().installationUnitCode();
    }
}

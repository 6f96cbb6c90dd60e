package vn.atr.ui.metric;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorKind;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.common.form.Field;
import vn.atr.ui.common.form.RecordEdit;
import vn.atr.ui.common.form.RecordForm;
import vn.atr.ui.shell.AppContext;

/** The counted figures (website visits...) of the period: the list, its form and its actions. */
public final class MetricsViewModel {
    private final AppContext context;
    private final ObservableList<OutreachMetric> metrics = FXCollections.observableArrayList();
    private ReferenceChoices choices = ReferenceChoices.EMPTY;
    private List<Indicator> catalogue = List.of();

    public MetricsViewModel(AppContext context) {
        this.context = context;
    }

    public ObservableList<OutreachMetric> metrics() {
        return metrics;
    }

    /**
     * Reads the choice lists and the catalogue's counted figures, then the metrics of the period; again at each
     * return to the screen, so that a figure just added to the catalogue is offered.
     */
    public void load() {
        context.tasks().run(() -> new Loaded(ReferenceChoices.read(context.services().reference()),
                context.services().catalog().list().stream().filter(i -> i.kind() == IndicatorKind.METRIC).toList()),
                l -> {
                    choices = l.choices();
                    catalogue = l.metrics();
                    refresh();
                });
    }

    private record Loaded(ReferenceChoices choices, List<Indicator> metrics) {
    }

    /** Re-reads the metrics of the current period (the period changed). */
    public void refresh() {
        var p = context.period();
        context.tasks().run(() -> context.services().metrics().metrics(p), metrics::setAll);
    }

    /** The unit's name for the list ({@code code} itself for a unit no longer listed). */
    public String unitName(String code) {
        return choices.unit(code).map(Choice::label).orElse(code);
    }

    /**
     * The catalogue's counted figures a record of the period may use (website visits, funding and those the
     * Department added), by name and unit word; an edited record keeps its own even if since retired.
     */
    public List<Choice> types(OutreachMetric m) {
        var p = context.period();
        return catalogue.stream()
                .filter(i -> (i.introducedOn() == null || !i.introducedOn().isAfter(p.to()))
                        && (i.retiredOn() == null || i.retiredOn().isAfter(p.from()))
                        || m != null && i.code().equals(m.metricType()))
                .map(i -> new Choice(i.code(), i.shownName() + " (" + i.shownUnit() + ")")).toList();
    }

    /** The form for {@code m}, or for a new metric of this installation's unit over the current period. */
    public RecordEdit<OutreachMetric> edit(OutreachMetric m) {
        RecordForm f = new RecordForm(List.of(
                Field.choice("metricType", types(m)),
                Field.choice("unitCode", choices.units()), Field.date("periodFrom"), Field.date("periodTo"),
                Field.number("value"), Field.area("notes")));
        if (m == null) {
            f.choose("metricType", OutreachMetric.WEBSITE_VISITS)
                    .choose("unitCode", choices.installationUnit())
                    .set("periodFrom", VnFormats.date(context.period().from()))
                    .set("periodTo", VnFormats.date(context.period().to()));
        } else {
            f.choose("metricType", m.metricType()).choose("unitCode", m.unitCode())
                    .set("periodFrom", VnFormats.date(m.periodFrom())).set("periodTo", VnFormats.date(m.periodTo()))
                    .set("value", VnFormats.number(m.value())).set("notes", m.notes());
        }
        return new RecordEdit<>(f, () -> new OutreachMetric(m == null ? Meta.fresh(context.author()) : m.meta(),
                f.code("unitCode"), f.code("metricType"), f.date("periodFrom"), f.date("periodTo"), f.number("value"),
                f.text("notes")),
                RecordValidator::forEntry, x -> context.services().metrics().save(x, context.author()));
    }

    public void delete(OutreachMetric m) {
        context.tasks().run(() -> {
            context.services().metrics().delete(m, context.author());
            return m;
        }, x -> refresh());
    }

    /** The catalogue's name of a metric type; the code itself for one the catalogue does not know. */
    public String label(String type) {
        return catalogue.stream().filter(i -> i.code().equals(type)).findFirst().map(Indicator::shownName)
                .orElse(type);
    }
}

package vn.atr.ui.metric;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import vn.atr.domain.Messages;
import vn.atr.domain.Meta;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.VnFormats;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.RecordTable;
import vn.atr.ui.common.RecordTable.Column;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.common.form.Field;
import vn.atr.ui.common.form.RecordDialog;
import vn.atr.ui.common.form.RecordForm;

/** Counted figures (website visits...) of the period, with the shared list and form. */
public final class MetricsController implements Refreshable {
    /** The metric types the report reads; the label key is {@code metric.<type>}. */
    static final List<String> TYPES = List.of(OutreachMetric.WEBSITE_VISITS);

    private final AppContext context;
    private final ObservableList<OutreachMetric> metrics = FXCollections.observableArrayList();
    private ReferenceChoices choices = ReferenceChoices.EMPTY;

    @FXML private StackPane pane;

    public MetricsController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        RecordTable<OutreachMetric> table = new RecordTable<>("metric", "metric.list", List.of(
                Column.text("field.metricType", m -> label(m.metricType())),
                Column.text("field.unitCode", m -> choices.unit(m.unitCode()).map(Choice::label).orElse(m.unitCode())),
                Column.text("field.periodFrom", m -> VnFormats.date(m.periodFrom())),
                Column.text("field.periodTo", m -> VnFormats.date(m.periodTo())),
                Column.number("field.value", OutreachMetric::value)),
                this::edit, () -> edit(null), m -> Dialogs.confirm(pane.getScene().getWindow(),
                        Messages.get("record.deleteConfirm", label(m.metricType())), "action.delete", () -> delete(m)));
        table.setItems(metrics);
        pane.getChildren().setAll(table.root());
        context.periodProperty().addListener((o, old, p) -> refresh());
        context.tasks().run(() -> ReferenceChoices.read(context.services().reference()), c -> {
            choices = c;
            refresh();
        });
    }

    @Override
    public void refresh() {
        var p = context.period();
        context.tasks().run(() -> context.services().metrics().metrics(p), metrics::setAll);
    }

    private void edit(OutreachMetric m) {
        RecordForm f = new RecordForm(List.of(
                Field.choice("metricType", TYPES.stream().map(t -> new Choice(t, label(t))).toList()),
                Field.choice("unitCode", choices.units()), Field.date("periodFrom"), Field.date("periodTo"),
                Field.number("value"), Field.area("notes")));
        if (m == null) {
            f.choose("metricType", OutreachMetric.WEBSITE_VISITS)
                    .choose("unitCode", context.services().reference().agency().installationUnitCode())
                    .set("periodFrom", VnFormats.date(context.period().from()))
                    .set("periodTo", VnFormats.date(context.period().to()));
        } else {
            f.choose("metricType", m.metricType()).choose("unitCode", m.unitCode())
                    .set("periodFrom", VnFormats.date(m.periodFrom())).set("periodTo", VnFormats.date(m.periodTo()))
                    .set("value", VnFormats.number(m.value())).set("notes", m.notes());
        }
        RecordDialog.open(context, pane.getScene().getWindow(), Messages.get(m == null ? "metric.new" : "metric.edit"),
                f, () -> new OutreachMetric(m == null ? Meta.fresh(context.author()) : m.meta(), f.code("unitCode"),
                        f.code("metricType"), f.date("periodFrom"), f.date("periodTo"), f.number("value"),
                        f.text("notes")),
                RecordValidator::validate, x -> context.services().metrics().save(x, context.author()), this::refresh);
    }

    private void delete(OutreachMetric m) {
        context.tasks().run(() -> {
            context.services().metrics().delete(m, context.author());
            return m;
        }, x -> refresh());
    }

    private static String label(String type) {
        return Messages.get("metric." + type);
    }
}

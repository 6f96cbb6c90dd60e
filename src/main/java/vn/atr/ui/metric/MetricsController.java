package vn.atr.ui.metric;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import vn.atr.domain.Messages;
import vn.atr.domain.OutreachMetric;
import vn.atr.domain.VnFormats;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.RecordTable;
import vn.atr.ui.common.RecordTable.Column;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.form.RecordDialog;
import vn.atr.ui.shell.AppContext;

/** Counted figures (website visits...) of the period, with the shared list and form. Binds only. */
public final class MetricsController implements Refreshable {
    private final AppContext context;
    private final MetricsViewModel model;

    @FXML private StackPane pane;

    public MetricsController(AppContext context) {
        this.context = context;
        this.model = new MetricsViewModel(context);
    }

    @FXML
    private void initialize() {
        RecordTable<OutreachMetric> table = new RecordTable<>("metric", "metric.list", List.of(
                Column.text("field.metricType", m -> model.label(m.metricType())),
                Column.text("field.unitCode", m -> model.unitName(m.unitCode())),
                Column.text("field.periodFrom", m -> VnFormats.date(m.periodFrom())),
                Column.text("field.periodTo", m -> VnFormats.date(m.periodTo())),
                Column.number("field.value", OutreachMetric::value)),
                this::edit, () -> edit(null), m -> Dialogs.confirm(pane.getScene().getWindow(),
                        Messages.get("record.deleteConfirm", model.label(m.metricType())), "action.delete",
                        () -> model.delete(m)));
        if (!mayWrite()) { // a manager reads the figures; changing them would be refused
            table.viewOnly();
        }
        table.setItems(model.metrics());
        pane.getChildren().setAll(table.root());
        context.onPeriodChange((o, old, p) -> model.refresh());
        model.load();
    }

    @Override
    public void refresh() {
        model.load(); // the catalogue too: a counted figure added on the catalogue screen is offered at once
    }

    private void edit(OutreachMetric m) {
        RecordDialog.open(context, pane.getScene().getWindow(), Messages.get(m == null ? "metric.new" : mayWrite() ? "metric.edit" : "metric.view"),
                model.edit(m), model::refresh, mayWrite());
    }

    private boolean mayWrite() {
        return context.mayChange(vn.atr.domain.access.Permission.RECORD_WRITE);
    }
}

package vn.atr.ui.document;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.IndicatorTarget;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.RecordTable;
import vn.atr.ui.common.RecordTable.Column;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.form.RecordDialog;
import vn.atr.ui.shell.AppContext;

/** Direction documents of the period and the targets of its year, with the shared lists and form. Binds only. */
public final class DocumentsController implements Refreshable {
    private final AppContext context;
    private final DocumentsViewModel model;

    @FXML private StackPane pane;
    @FXML private StackPane targetPane;

    public DocumentsController(AppContext context) {
        this.context = context;
        this.model = new DocumentsViewModel(context);
    }

    @FXML
    private void initialize() {
        RecordTable<DirectionDocument> table = new RecordTable<>("document", "document.list", List.of(
                Column.text("field.documentKind", d -> Messages.get("enum.DocumentKind." + d.kind().name())),
                Column.text("field.documentNumber", DirectionDocument::number),
                Column.text("field.issuedOn", d -> VnFormats.date(d.issuedOn())),
                Column.text("field.issuer", DirectionDocument::issuer),
                Column.freeText("field.documentTitle", DirectionDocument::title)),
                this::edit, () -> edit(null), d -> Dialogs.confirm(pane.getScene().getWindow(),
                        Messages.get("record.deleteConfirm", d.number()), "action.delete", () -> model.delete(d)));
        table.setItems(model.documents());
        pane.getChildren().setAll(table.root());
        RecordTable<IndicatorTarget> targets = new RecordTable<>("target", "target.list", List.of(
                Column.text("field.targetYear", t -> String.valueOf(t.year())),
                Column.text("field.indicator", t -> model.indicatorName(t.indicatorCode())),
                Column.number("field.target", IndicatorTarget::target),
                Column.text("field.indicatorUnit", t -> model.indicatorUnit(t.indicatorCode()))),
                this::editTarget, () -> editTarget(null), t -> Dialogs.confirm(pane.getScene().getWindow(),
                        Messages.get("target.deleteConfirm", model.indicatorName(t.indicatorCode()),
                                String.valueOf(t.year())), "action.delete", () -> model.deleteTarget(t)));
        targets.setItems(model.targets());
        javafx.scene.control.Label none = new javafx.scene.control.Label();
        none.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("target.empty", String.valueOf(model.year())), context.periodProperty()));
        none.setWrapText(true);
        targets.table().setPlaceholder(none);
        targetPane.getChildren().setAll(targets.root());
        if (!mayWrite()) { // documents and targets are the compilers'; others read them
            table.viewOnly();
            targets.viewOnly();
        }
        RecordTable.scopeShortcuts(List.of(table, targets));
        context.onPeriodChange((o, old, p) -> model.refresh());
        model.load();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    private void editTarget(IndicatorTarget t) {
        int year = t == null ? model.year() : t.year();
        RecordDialog.open(context, pane.getScene().getWindow(), Messages.get(t == null ? "target.new" : mayWrite() ? "target.edit" : "target.view",
                String.valueOf(year)), model.editTarget(t), model::refresh, mayWrite());
    }

    private boolean mayWrite() {
        return context.mayChange(vn.atr.domain.access.Permission.REPORT_DRAFT);
    }

    private void edit(DirectionDocument d) {
        RecordDialog.open(context, pane.getScene().getWindow(), Messages.get(d == null ? "document.new" : mayWrite() ? "document.edit" : "document.view"),
                model.edit(d), model::refresh, mayWrite());
    }
}

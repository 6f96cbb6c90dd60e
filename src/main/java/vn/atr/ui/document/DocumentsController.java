package vn.atr.ui.document;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import vn.atr.domain.DirectionDocument;
import vn.atr.domain.Messages;
import vn.atr.domain.VnFormats;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.RecordTable;
import vn.atr.ui.common.RecordTable.Column;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.form.RecordDialog;
import vn.atr.ui.shell.AppContext;

/** Direction documents of the period, with the shared list and form. Binds only. */
public final class DocumentsController implements Refreshable {
    private final AppContext context;
    private final DocumentsViewModel model;

    @FXML private StackPane pane;

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
        context.onPeriodChange((o, old, p) -> model.refresh());
        model.load();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    private void edit(DirectionDocument d) {
        RecordDialog.open(context, pane.getScene().getWindow(), Messages.get(d == null ? "document.new" : "document.edit"),
                model.edit(d), model::refresh);
    }
}

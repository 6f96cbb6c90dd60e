package vn.atr.ui.cases;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import vn.atr.domain.Messages;
import vn.atr.domain.SupportService;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.VnFormats;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.Labels;
import vn.atr.ui.common.RecordTable;
import vn.atr.ui.common.RecordTable.Column;
import vn.atr.ui.common.form.RecordDialog;

/** Cases, victims of the selected case, support of the selected victim: three shared lists and forms. */
public final class CasesController implements Refreshable {
    private final AppContext context;
    private final CasesViewModel model;

    @FXML private StackPane casePane;
    @FXML private StackPane victimPane;
    @FXML private StackPane supportPane;

    public CasesController(AppContext context) {
        this.context = context;
        this.model = new CasesViewModel(context);
    }

    @FXML
    private void initialize() {
        RecordTable<TraffickingCase> cases = new RecordTable<>("case", "case.list", List.of(
                Column.text("field.caseCode", TraffickingCase::caseCode),
                Column.text("field.detectionDate", c -> VnFormats.date(c.detectionDate())),
                Column.text("field.detectingAgency", c -> Labels.of(c.detectingAgency())),
                Column.text("field.scope", c -> Labels.of(c.scope())),
                Column.text("field.status", c -> Labels.of(c.status())),
                Column.number("field.suspects", TraffickingCase::suspects)),
                this::editCase, () -> editCase(null), this::deleteCase);
        RecordTable<Victim> victims = new RecordTable<>("victim", "victim.list", List.of(
                Column.text("field.victimCode", Victim::victimCode),
                Column.text("field.sex", v -> Labels.of(v.sex())),
                Column.text("field.ageBand", v -> model.ageBandLabel(v.ageBand())),
                Column.text("field.legalStatus", v -> Labels.of(v.legalStatus())),
                Column.text("field.returnPath", v -> Labels.of(v.returnPath()))),
                this::editVictim, () -> editVictim(null), v -> confirm(v.victimCode(), () -> model.deleteVictim(v)));
        RecordTable<SupportService> support = new RecordTable<>("support", "support.list", List.of(
                Column.text("field.supportType", s -> Labels.of(s.type())),
                Column.text("field.serviceDate", s -> VnFormats.date(s.serviceDate())),
                Column.freeText("field.provider", s -> s.provider() == null ? "" : s.provider()),
                Column.number("field.amountVnd", SupportService::amountVnd)),
                this::editSupport, () -> editSupport(null),
                s -> confirm(Labels.of(s.type()), () -> model.deleteSupport(s)));
        cases.setItems(model.cases);
        victims.setItems(model.victims);
        support.setItems(model.support);
        cases.table().getSelectionModel().selectedItemProperty().addListener((o, old, c) -> model.selectedCase.set(c));
        victims.table().getSelectionModel().selectedItemProperty()
                .addListener((o, old, v) -> model.selectedVictim.set(v));
        support.table().getSelectionModel().selectedItemProperty()
                .addListener((o, old, x) -> model.selectedSupport.set(x));
        // the record a form has just saved (and the case kept across a reload) is chosen in its list too, so that
        // Edit, Delete and the lists below it act on it at once
        follow(model.selectedCase, cases);
        follow(model.selectedVictim, victims);
        follow(model.selectedSupport, support);
        victims.addButton().disableProperty().bind(model.selectedCase.isNull());
        support.addButton().disableProperty().bind(model.selectedVictim.isNull());
        placeholder(cases, model.casesEmpty);
        placeholder(victims, model.victimsEmpty);
        placeholder(support, model.supportEmpty);
        if (!mayWrite()) { // a manager reads cases, victims and support; changing them would be refused
            List.of(cases, victims, support).forEach(RecordTable::viewOnly);
        }
        RecordTable.scopeShortcuts(List.of(cases, victims, support));
        casePane.getChildren().setAll(cases.root());
        victimPane.getChildren().setAll(victims.root());
        supportPane.getChildren().setAll(support.root());
        context.onPeriodChange((o, old, p) -> model.loadCases());
        model.load();
    }

    @Override
    public void refresh() {
        model.loadCases();
    }

    private void editCase(TraffickingCase c) {
        RecordDialog.open(context, window(), Messages.get(c == null ? "case.new" : mayWrite() ? "case.edit" : "case.view"), model.editCase(c),
                model::loadCases, mayWrite());
    }

    private boolean mayWrite() {
        return context.mayChange(vn.atr.domain.access.Permission.RECORD_WRITE);
    }

    private static <T> void follow(javafx.beans.property.ObjectProperty<T> chosen, RecordTable<T> list) {
        chosen.addListener((o, old, x) -> {
            if (x != null && list.table().getSelectionModel().getSelectedItem() != x) {
                list.table().getSelectionModel().select(x);
                list.table().scrollTo(x);
            }
        });
    }

    /** The form's title names the case (or victim) the record belongs to. */
    private void editVictim(Victim v) {
        String owner = model.selectedCase.get() == null ? "" : model.selectedCase.get().caseCode();
        RecordDialog.open(context, window(), Messages.get(v == null ? "victim.new" : mayWrite() ? "victim.edit" : "victim.view", owner),
                model.editVictim(v), model::loadVictims, mayWrite());
    }

    private void editSupport(SupportService s) {
        String owner = model.selectedVictim.get() == null ? "" : model.selectedVictim.get().victimCode();
        RecordDialog.open(context, window(), Messages.get(s == null ? "support.new" : mayWrite() ? "support.edit" : "support.view", owner),
                model.editSupport(s), model::loadSupport, mayWrite());
    }

    /**
     * A case with victims listed under it cannot be deleted (CaseService): said at once, rather than after a
     * confirmation that then fails.
     */
    private void deleteCase(TraffickingCase c) {
        if (c.equals(model.selectedCase.get()) && !model.victims.isEmpty()) {
            Dialogs.info(window(), Messages.get("case.hasVictims", c.caseCode()) + ".", "case-has-victims");
            return;
        }
        confirm(c.caseCode(), () -> model.deleteCase(c));
    }

    private void confirm(String what, Runnable delete) {
        Dialogs.confirm(window(), Messages.get("record.deleteConfirm", what), "action.delete", delete);
    }

    private Window window() {
        return casePane.getScene().getWindow();
    }

    private static void placeholder(RecordTable<?> table, javafx.beans.value.ObservableStringValue text) {
        javafx.scene.control.Label l = new javafx.scene.control.Label();
        l.textProperty().bind(text);
        l.setWrapText(true);
        table.table().setPlaceholder(l);
    }
}

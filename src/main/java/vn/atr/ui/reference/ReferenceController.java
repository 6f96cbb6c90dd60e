package vn.atr.ui.reference;

import java.time.LocalDate;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.Messages;
import vn.atr.domain.Organisation;
import vn.atr.domain.VnFormats;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.Labels;
import vn.atr.ui.common.RecordTable;
import vn.atr.ui.common.RecordTable.Column;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.form.RecordDialog;
import vn.atr.ui.common.form.RecordEdit;
import vn.atr.ui.shell.AppContext;

/** Reference data: administrative units, organisations, agency settings. Binds only. */
public final class ReferenceController implements Refreshable {
    private final AppContext context;
    private final ReferenceViewModel model;

    @FXML private StackPane unitPane;
    @FXML private StackPane organisationPane;
    @FXML private GridPane agency;
    @FXML private javafx.scene.control.Button agencyEdit;

    public ReferenceController(AppContext context) {
        this.context = context;
        this.model = new ReferenceViewModel(context);
    }

    @FXML
    private void initialize() {
        RecordTable<AdminUnit> unitTable = new RecordTable<>("unit", "reference.units", List.of(
                Column.text("field.code", AdminUnit::code), Column.text("field.name", AdminUnit::name),
                Column.text("field.level", u -> Labels.of(u.level())),
                Column.text("field.validFrom", u -> VnFormats.date(u.validFrom())),
                Column.text("field.validTo", u -> VnFormats.date(u.validTo()))),
                u -> open("reference.unit", model.editUnit(u)), () -> open("reference.unit", model.editUnit(null)),
                this::retireUnit);
        unitTable.setDeleteText(Messages.get("action.retire"));
        unitTable.setItems(model.units());
        unitPane.getChildren().setAll(unitTable.root());
        RecordTable<Organisation> orgTable = new RecordTable<>("organisation", "reference.organisations", List.of(
                // the long names last: the table gives its spare width to the last column ("Có"/"Không" took it)
                Column.text("field.code", Organisation::code),
                Column.text("field.active", o -> Messages.get(o.active() ? "label.yes" : "label.no")),
                Column.freeText("field.name", Organisation::name)),
                o -> open("reference.organisation", model.editOrganisation(o)),
                () -> open("reference.organisation", model.editOrganisation(null)), model::retireOrganisation);
        orgTable.setDeleteText(Messages.get("action.retire"));
        orgTable.setItems(model.organisations());
        organisationPane.getChildren().setAll(orgTable.root());
        if (!context.services().session().has(vn.atr.domain.access.Permission.REFERENCE_ADMIN)) {
            unitTable.readOnly();
            orgTable.readOnly();
            agencyEdit.setVisible(false);
            agencyEdit.setManaged(false);
        }
        model.agency().addListener((o, old, a) -> showAgency());
        model.refresh();
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    private void showAgency() {
        agency.getChildren().clear();
        int r = 0;
        for (String field : ReferenceViewModel.AGENCY_FIELDS) {
            Label value = new Label(model.agencyValue(field));
            value.setId("agency-" + field);
            agency.addRow(r++, new Label(Messages.get("field." + field)), value);
        }
    }

    private void retireUnit(AdminUnit u) {
        LocalDate end = LocalDate.now();
        Dialogs.confirm(unitPane.getScene().getWindow(), Messages.get("reference.retireUnit", u.name(),
                VnFormats.date(end)), "action.retire", () -> model.retireUnit(u, end));
    }

    @FXML
    private void editAgency() {
        var edit = model.editAgency();
        if (edit != null) {
            open("reference.agency", edit);
        }
    }

    private void open(String titleKey, RecordEdit<?> edit) {
        RecordDialog.open(context, unitPane.getScene().getWindow(), Messages.get(titleKey), edit, model::refresh);
    }
}

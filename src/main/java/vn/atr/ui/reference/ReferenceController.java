package vn.atr.ui.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Messages;
import vn.atr.domain.Organisation;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.Violation;
import vn.atr.domain.VnFormats;
import vn.atr.ui.shell.AppContext;
import vn.atr.ui.common.Refreshable;
import vn.atr.ui.common.Dialogs;
import vn.atr.ui.common.Labels;
import vn.atr.ui.common.RecordTable;
import vn.atr.ui.common.RecordTable.Column;
import vn.atr.ui.common.form.Field;
import vn.atr.ui.common.form.RecordDialog;
import vn.atr.ui.common.form.RecordForm;

/**
 * Reference data: administrative units (with validity dates), organisations, agency settings.
 * Records use these codes, so nothing here is deleted: units are retired (valid to), organisations
 * made inactive.
 */
public final class ReferenceController implements Refreshable {
    private final AppContext context;
    private final ObservableList<AdminUnit> units = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();

    @FXML private StackPane unitPane;
    @FXML private StackPane organisationPane;
    @FXML private GridPane agency;

    public ReferenceController(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        RecordTable<AdminUnit> unitTable = new RecordTable<>("unit", "reference.units", List.of(
                Column.text("field.code", AdminUnit::code), Column.text("field.name", AdminUnit::name),
                Column.text("field.level", u -> Labels.of(u.level())),
                Column.text("field.validFrom", u -> VnFormats.date(u.validFrom())),
                Column.text("field.validTo", u -> VnFormats.date(u.validTo()))),
                this::editUnit, () -> editUnit(null), this::retireUnit);
        unitTable.setDeleteText(Messages.get("action.retire"));
        unitTable.setItems(units);
        unitPane.getChildren().setAll(unitTable.root());
        RecordTable<Organisation> orgTable = new RecordTable<>("organisation", "reference.organisations", List.of(
                Column.text("field.code", Organisation::code), Column.text("field.name", Organisation::name),
                Column.text("field.active", o -> Messages.get(o.active() ? "label.yes" : "label.no"))),
                this::editOrganisation, () -> editOrganisation(null), this::retireOrganisation);
        orgTable.setDeleteText(Messages.get("action.retire"));
        orgTable.setItems(organisations);
        organisationPane.getChildren().setAll(orgTable.root());
        refresh();
    }

    @Override
    public void refresh() {
        var reference = context.services().reference();
        context.tasks().run(reference::units, units::setAll);
        context.tasks().run(reference::organisations, organisations::setAll);
        context.tasks().run(reference::agency, this::showAgency);
    }

    private void showAgency(AgencySettings a) {
        agency.getChildren().clear();
        String[][] rows = {{"superiorAgency", a.superiorAgency()}, {"issuingAgency", a.issuingAgency()},
            {"abbreviation", a.abbreviation()}, {"placeName", a.placeName()}, {"recipient", a.recipient()},
            {"signerTitle", a.signerTitle()}, {"signerName", a.signerName()}};
        int r = 0;
        for (String[] row : rows) {
            Label value = new Label(row[1] == null ? "" : row[1]);
            value.setId("agency-" + row[0]);
            agency.addRow(r++, new Label(Messages.get("field." + row[0])), value);
        }
    }

    private void editUnit(AdminUnit u) {
        RecordForm f = new RecordForm(List.of(Field.text("code"), Field.text("name"),
                Field.choice("level", UnitLevel.class), Field.text("parentCode"), Field.date("validFrom"),
                Field.date("validTo")));
        if (u != null) {
            f.set("code", u.code()).set("name", u.name()).choose("level", u.level()).set("parentCode", u.parentCode())
                    .set("validFrom", VnFormats.date(u.validFrom())).set("validTo", VnFormats.date(u.validTo()));
        }
        RecordDialog.open(context, unitPane.getScene().getWindow(), Messages.get("reference.unit"), f,
                () -> new AdminUnit(f.text("code"), f.text("name"), f.enumValue("level", UnitLevel.class),
                        u == null ? null : u.kind(), f.text("parentCode"), f.date("validFrom"), f.date("validTo"),
                        u == null ? null : u.successorCode()),
                RecordValidator::validate, x -> {
                    context.services().reference().saveUnit(x);
                    return x;
                }, this::refresh);
    }

    private void retireUnit(AdminUnit u) {
        LocalDate end = LocalDate.now();
        Dialogs.confirm(unitPane.getScene().getWindow(), Messages.get("reference.retireUnit", u.name(),
                VnFormats.date(end)), "action.retire", () -> context.tasks().run(() -> {
                    context.services().reference().saveUnit(new AdminUnit(u.code(), u.name(), u.level(), u.kind(),
                            u.parentCode(), u.validFrom(), end, u.successorCode()));
                    return u;
                }, x -> refresh()));
    }

    private void editOrganisation(Organisation o) {
        RecordForm f = new RecordForm(List.of(Field.text("code"), Field.text("name"), Field.text("kind"),
                Field.check("active")));
        if (o == null) {
            f.check("active", true);
        } else {
            f.set("code", o.code()).set("name", o.name()).set("kind", o.kind()).check("active", o.active());
        }
        RecordDialog.open(context, unitPane.getScene().getWindow(), Messages.get("reference.organisation"), f,
                () -> new Organisation(f.text("code"), f.text("name"), f.text("kind"), f.checked("active")),
                ReferenceController::validate, x -> {
                    context.services().reference().saveOrganisation(x);
                    return x;
                }, this::refresh);
    }

    private void retireOrganisation(Organisation o) {
        context.tasks().run(() -> {
            context.services().reference().saveOrganisation(new Organisation(o.code(), o.name(), o.kind(), false));
            return o;
        }, x -> refresh());
    }

    @FXML
    private void editAgency() {
        AgencySettings a = context.services().reference().agency();
        RecordForm f = new RecordForm(List.of(Field.text("superiorAgency"), Field.text("issuingAgency"),
                Field.text("abbreviation"), Field.text("placeName"), Field.text("recipient"),
                Field.text("signerTitle"), Field.text("signerName")));
        f.set("superiorAgency", a.superiorAgency()).set("issuingAgency", a.issuingAgency())
                .set("abbreviation", a.abbreviation()).set("placeName", a.placeName()).set("recipient", a.recipient())
                .set("signerTitle", a.signerTitle()).set("signerName", a.signerName());
        RecordDialog.open(context, unitPane.getScene().getWindow(), Messages.get("reference.agency"), f,
                () -> new AgencySettings(f.text("superiorAgency"), f.text("issuingAgency"), f.text("abbreviation"),
                        f.text("placeName"), f.text("recipient"), f.text("signerTitle"), f.text("signerName"),
                        a.homeProvinceCode(), a.installationUnitCode()),
                x -> x.issuingAgency() == null ? List.of(new Violation("issuingAgency", "validation.required"))
                        : List.of(),
                x -> {
                    context.services().reference().saveAgency(x);
                    return x;
                }, this::refresh);
    }

    private static List<Violation> validate(Organisation o) {
        List<Violation> v = new ArrayList<>();
        if (o.code() == null) {
            v.add(new Violation("code", "validation.required"));
        }
        if (o.name() == null) {
            v.add(new Violation("name", "validation.required"));
        }
        return v;
    }
}

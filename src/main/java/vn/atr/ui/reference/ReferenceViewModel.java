package vn.atr.ui.reference;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.atr.domain.AdminUnit;
import vn.atr.domain.AgencySettings;
import vn.atr.domain.Organisation;
import vn.atr.domain.RecordValidator;
import vn.atr.domain.UnitLevel;
import vn.atr.domain.VnFormats;
import vn.atr.service.ReferenceService;
import vn.atr.ui.common.form.Field;
import vn.atr.ui.common.form.RecordEdit;
import vn.atr.ui.common.form.RecordForm;
import vn.atr.ui.shell.AppContext;

/**
 * Reference data: administrative units (with validity dates), organisations, agency settings. Records use
 * these codes, so nothing here is deleted: units are retired (valid to), organisations made inactive.
 */
public final class ReferenceViewModel {
    /** The agency's fields, in the order the screen shows them. */
    static final List<String> AGENCY_FIELDS = List.of("superiorAgency", "issuingAgency", "abbreviation", "placeName",
            "recipient", "signerTitle", "signerName");

    private final AppContext context;
    private final ObservableList<AdminUnit> units = FXCollections.observableArrayList();
    private final ObservableList<Organisation> organisations = FXCollections.observableArrayList();
    private final ObjectProperty<AgencySettings> agency = new SimpleObjectProperty<>();

    public ReferenceViewModel(AppContext context) {
        this.context = context;
    }

    public ObservableList<AdminUnit> units() {
        return units;
    }

    public ObservableList<Organisation> organisations() {
        return organisations;
    }

    /** The agency settings as last read (null until the first read). */
    public ObjectProperty<AgencySettings> agency() {
        return agency;
    }

    private ReferenceService service() {
        return context.services().reference();
    }

    /** Re-reads the three lists in one task. */
    public void refresh() {
        context.tasks().run(() -> new Lists(service().units(), service().organisations(), service().agency()), l -> {
            units.setAll(l.units());
            organisations.setAll(l.organisations());
            agency.set(l.agency());
        });
    }

    private record Lists(List<AdminUnit> units, List<Organisation> organisations, AgencySettings agency) {
    }

    /** {@code field}'s value in the agency settings ("" when not set or not read yet). */
    public String agencyValue(String field) {
        AgencySettings a = agency.get();
        if (a == null) {
            return "";
        }
        String v = switch (field) {
            case "superiorAgency" -> a.superiorAgency();
            case "issuingAgency" -> a.issuingAgency();
            case "abbreviation" -> a.abbreviation();
            case "placeName" -> a.placeName();
            case "recipient" -> a.recipient();
            case "signerTitle" -> a.signerTitle();
            case "signerName" -> a.signerName();
            default -> throw new IllegalArgumentException(field);
        };
        return v == null ? "" : v;
    }

    public RecordEdit<AdminUnit> editUnit(AdminUnit u) {
        RecordForm f = new RecordForm(List.of(Field.text("code"), Field.text("name"),
                Field.choice("level", UnitLevel.class), Field.text("parentCode"), Field.date("validFrom"),
                Field.date("validTo")));
        if (u != null) {
            f.set("code", u.code()).set("name", u.name()).choose("level", u.level()).set("parentCode", u.parentCode())
                    .set("validFrom", VnFormats.date(u.validFrom())).set("validTo", VnFormats.date(u.validTo()));
        }
        return new RecordEdit<>(f, () -> new AdminUnit(f.text("code"), f.text("name"),
                f.enumValue("level", UnitLevel.class), u == null ? null : u.kind(), f.text("parentCode"),
                f.date("validFrom"), f.date("validTo"), u == null ? null : u.successorCode()),
                RecordValidator::validate, RecordEdit.storing(x -> service().saveUnit(x)));
    }

    /** Ends {@code u}'s validity on {@code end}; its records keep their code. */
    public void retireUnit(AdminUnit u, LocalDate end) {
        context.tasks().run(() -> {
            service().saveUnit(new AdminUnit(u.code(), u.name(), u.level(), u.kind(), u.parentCode(), u.validFrom(),
                    end, u.successorCode()));
            return u;
        }, x -> refresh());
    }

    public RecordEdit<Organisation> editOrganisation(Organisation o) {
        RecordForm f = new RecordForm(List.of(Field.text("code"), Field.text("name"), Field.text("kind"),
                Field.check("active")));
        if (o == null) {
            f.check("active", true);
        } else {
            f.set("code", o.code()).set("name", o.name()).set("kind", o.kind()).check("active", o.active());
        }
        return new RecordEdit<>(f, () -> new Organisation(f.text("code"), f.text("name"), f.text("kind"),
                f.checked("active")), RecordValidator::validate, RecordEdit.storing(x -> service().saveOrganisation(x)));
    }

    public void retireOrganisation(Organisation o) {
        context.tasks().run(() -> {
            service().saveOrganisation(new Organisation(o.code(), o.name(), o.kind(), false));
            return o;
        }, x -> refresh());
    }

    /**
     * The agency form, filled from the settings last read (the province and unit are kept as they are);
     * null while they have not been read yet.
     */
    public RecordEdit<AgencySettings> editAgency() {
        AgencySettings a = agency.get();
        if (a == null) {
            return null;
        }
        RecordForm f = new RecordForm(AGENCY_FIELDS.stream().map(Field::text).toList());
        AGENCY_FIELDS.forEach(name -> f.set(name, agencyValue(name)));
        return new RecordEdit<>(f, () -> new AgencySettings(f.text("superiorAgency"), f.text("issuingAgency"),
                f.text("abbreviation"), f.text("placeName"), f.text("recipient"), f.text("signerTitle"),
                f.text("signerName"), a.homeProvinceCode(), a.installationUnitCode()),
                RecordValidator::validate, RecordEdit.storing(x -> service().saveAgency(x)));
    }
}

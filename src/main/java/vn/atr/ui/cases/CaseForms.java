package vn.atr.ui.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.AgeBand;
import vn.atr.domain.CaseScope;
import vn.atr.domain.CaseStatus;
import vn.atr.domain.DetectingAgency;
import vn.atr.domain.ExploitationForm;
import vn.atr.domain.LegalStatus;
import vn.atr.domain.Messages;
import vn.atr.domain.Meta;
import vn.atr.domain.ReturnPath;
import vn.atr.domain.Sex;
import vn.atr.domain.SupportService;
import vn.atr.domain.SupportType;
import vn.atr.domain.TraffickingCase;
import vn.atr.domain.Victim;
import vn.atr.domain.VnFormats;
import vn.atr.domain.catalog.AgeBandEntry;
import vn.atr.domain.catalog.AgeBandRules;
import vn.atr.ui.common.Choice;
import vn.atr.ui.common.ReferenceChoices;
import vn.atr.ui.common.form.Field;
import vn.atr.ui.common.form.RecordForm;

/** The fields of the case, victim and support forms, and how each maps to its record. */
final class CaseForms {
    private CaseForms() {
    }

    static RecordForm caseForm(ReferenceChoices choices, TraffickingCase c, String defaultUnit) {
        RecordForm f = new RecordForm(List.of(Field.text("caseCode"), Field.choice("unitCode", choices.units()),
                Field.date("detectionDate"), Field.choice("detectingAgency", DetectingAgency.class),
                Field.choice("scope", CaseScope.class), Field.text("destinationCountry"),
                Field.multi("exploitationForms", ExploitationForm.class), Field.choice("status", CaseStatus.class),
                Field.number("suspects"), Field.area("notes").withHint("form.hint.privateNotes")));
        if (c == null) {
            return f.choose("unitCode", defaultUnit).choose("scope", CaseScope.DOMESTIC)
                    .choose("status", CaseStatus.INVESTIGATING);
        }
        return f.set("caseCode", c.caseCode()).choose("unitCode", c.unitCode())
                .set("detectionDate", VnFormats.date(c.detectionDate())).choose("detectingAgency", c.detectingAgency())
                .choose("scope", c.scope()).set("destinationCountry", c.destinationCountry())
                .checkAll("exploitationForms", c.exploitationForms()).choose("status", c.status())
                .set("suspects", VnFormats.number(c.suspects())).set("notes", c.notes());
    }

    static TraffickingCase toCase(RecordForm f, TraffickingCase original, String author) {
        return new TraffickingCase(meta(original == null ? null : original.meta(), author), f.code("unitCode"),
                f.text("caseCode"), f.date("detectionDate"), f.enumValue("detectingAgency", DetectingAgency.class),
                f.enumValue("scope", CaseScope.class), f.text("destinationCountry"),
                f.enumSet("exploitationForms", ExploitationForm.class), f.enumValue("status", CaseStatus.class),
                (int) f.number("suspects"), f.text("notes"));
    }

    /**
     * The victim form; {@code ageBands} are the bands it offers (see {@link #ageBandChoices}). A new victim of
     * {@code owner} starts with the case's scope: trafficked within Vietnam for a domestic case, else the case's
     * destination.
     */
    static RecordForm victimForm(ReferenceChoices choices, List<Choice> ageBands, Victim v, TraffickingCase owner) {
        RecordForm f = new RecordForm(List.of(Field.text("victimCode"), Field.choice("sex", Sex.class),
                Field.year("birthYear"), Field.choice("ageBand", ageBands), Field.text("ethnicity"),
                Field.check("traffickedWithinVietnam"), Field.text("destinationCountry"),
                Field.choice("residenceProvinceCode", choices.provinces()), Field.choice("legalStatus", LegalStatus.class),
                Field.multi("exploitationForms", ExploitationForm.class), Field.choice("returnPath", ReturnPath.class),
                Field.date("identificationDate"), Field.date("returnedDate"), Field.check("consentToDataUse"),
                Field.area("notes").withHint("form.hint.privateNotes")));
        if (v == null) {
            f.set("ethnicity", "Kinh").choose("legalStatus", LegalStatus.VICTIM).choose("returnPath", ReturnPath.NOT_RETURNED);
            if (owner != null && owner.scope() == CaseScope.DOMESTIC) {
                f.check("traffickedWithinVietnam", true);
            } else if (owner != null && owner.destinationCountry() != null) {
                f.set("destinationCountry", owner.destinationCountry());
            }
        } else {
            fill(f, v);
        }
        String[] suggested = {null};
        f.onEdit(() -> suggestAgeBand(f, suggested));
        return f;
    }

    /**
     * Chooses the age band that the birth year and the identification date give, when both ages the victim may
     * have had that year fall in one offered band: unless the officer chose a band, which stays theirs (the
     * rules then say if it contradicts). A band suggested before goes when the ages straddle two bands.
     */
    private static void suggestAgeBand(RecordForm f, String[] suggested) {
        String current = f.code("ageBand");
        if (current != null && !current.equals(suggested[0])) {
            return;
        }
        Integer age = ageAtIdentification(f);
        String band = age == null || age <= 0 || AgeBand.ofAge(age - 1) != AgeBand.ofAge(age) ? null
                : AgeBand.ofAge(age).name();
        boolean offered = band != null && f.fields().stream().filter(x -> x.name().equals("ageBand")).findFirst()
                .orElseThrow().choices().stream().anyMatch(c -> c.code().equals(band));
        String next = offered ? band : (age == null ? current : null);
        if (!java.util.Objects.equals(next, current)) {
            suggested[0] = next;
            f.choose("ageBand", next);
        }
    }

    /** The older of the two ages a victim born in the typed year had in the year of identification; null if unread. */
    private static Integer ageAtIdentification(RecordForm f) {
        String year = f.text("birthYear");
        String day = f.text("identificationDate");
        if (year == null || day == null) {
            return null;
        }
        try {
            return VnFormats.parseDate(day).getYear() - (int) VnFormats.parseNumber(year);
        } catch (vn.atr.domain.ValidationException e) {
            return null;
        }
    }

    private static void fill(RecordForm f, Victim v) {
        f.set("victimCode", v.victimCode()).choose("sex", v.sex())
                .set("birthYear", v.birthYear() == null ? "" : String.valueOf(v.birthYear()))
                .choose("ageBand", v.ageBand()).set("ethnicity", v.ethnicity())
                .check("traffickedWithinVietnam", v.traffickedWithinVietnam())
                .set("destinationCountry", v.destinationCountry()).choose("residenceProvinceCode", v.residenceProvinceCode())
                .choose("legalStatus", v.legalStatus()).checkAll("exploitationForms", v.exploitationForms())
                .choose("returnPath", v.returnPath()).set("identificationDate", VnFormats.date(v.identificationDate()))
                .set("returnedDate", VnFormats.date(v.returnedDate())).check("consentToDataUse", v.consentToDataUse())
                .set("notes", v.notes());
    }

    static Victim toVictim(RecordForm f, Victim original, TraffickingCase owner, String author) {
        return new Victim(meta(original == null ? null : original.meta(), author), owner.unitCode(), owner.meta().id(),
                f.text("victimCode"), f.enumValue("sex", Sex.class), f.optionalYear("birthYear"),
                f.code("ageBand"), f.text("ethnicity"), f.text("destinationCountry"),
                f.checked("traffickedWithinVietnam"), f.code("residenceProvinceCode"),
                f.enumValue("legalStatus", LegalStatus.class), f.enumSet("exploitationForms", ExploitationForm.class),
                f.enumValue("returnPath", ReturnPath.class), f.date("identificationDate"), f.date("returnedDate"),
                f.checked("consentToDataUse"), f.text("notes"));
    }

    /**
     * The age bands a victim of a case detected on {@code detected} may be given: the configured bands current
     * then, in the report's order; a victim's stored band that is not among them (retired since) is kept as a
     * choice with its label, so that an old record opens as it was and saves unchanged.
     */
    static List<Choice> ageBandChoices(List<AgeBandEntry> bands, LocalDate detected, String stored) {
        List<Choice> offered = new ArrayList<>(AgeBandRules.currentOn(bands, detected).stream()
                .map(CaseForms::ageBandChoice).toList());
        if (stored != null && offered.stream().noneMatch(c -> c.code().equals(stored))) {
            offered.add(new Choice(stored, ageBandLabel(bands, stored)));
        }
        return offered;
    }

    /** A band's name as this window's language shows it; a code no band has is shown as it is. */
    static String ageBandLabel(List<AgeBandEntry> bands, String code) {
        return bands.stream().filter(b -> b.code().equals(code)).findFirst().map(b -> ageBandChoice(b).label())
                .orElse(code == null ? "" : code);
    }

    private static Choice ageBandChoice(AgeBandEntry b) {
        boolean english = "en".equals(Messages.locale().getLanguage());
        return new Choice(b.code(), english && b.labelEn() != null && !b.labelEn().isBlank() ? b.labelEn() : b.labelVi());
    }

    static RecordForm supportForm(SupportService s) {
        RecordForm f = new RecordForm(List.of(Field.choice("supportType", SupportType.class), Field.date("serviceDate"),
                Field.text("provider"), Field.number("amountVnd"), Field.area("notes").withHint("form.hint.privateNotes")));
        if (s == null) {
            return f;
        }
        return f.choose("supportType", s.type()).set("serviceDate", VnFormats.date(s.serviceDate()))
                .set("provider", s.provider()).set("amountVnd", VnFormats.number(s.amountVnd())).set("notes", s.notes());
    }

    static SupportService toSupport(RecordForm f, SupportService original, Victim victim, String author) {
        return new SupportService(meta(original == null ? null : original.meta(), author), victim.unitCode(),
                victim.meta().id(), f.enumValue("supportType", SupportType.class), f.date("serviceDate"),
                f.text("provider"), f.number("amountVnd"), f.text("notes"));
    }

    private static Meta meta(Meta original, String author) {
        return original == null ? Meta.fresh(author) : original;
    }
}

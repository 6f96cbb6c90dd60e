package vn.atr.domain;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import vn.atr.domain.catalog.Indicator;
import vn.atr.domain.catalog.IndicatorRules;

/**
 * Validation rules of every record kind. Each method returns every problem found (field and
 * reason); an empty list means the record may be stored.
 *
 * <p>{@code validate} holds the rules every stored record obeys. {@code forEntry} adds the rule of what a person
 * enters today: a record tells what has happened, so the day it happened on (an activity's start, a measurement
 * period's start, a document's issue, a case's detection, a victim's identification or return, a support given)
 * is not after today. A year typed one key off (2062 for 2026) would otherwise drop out of every report without a
 * word. A store may still hold such a record (from an older version, or a package from a machine whose clock ran
 * ahead), so the repositories and the merge keep to {@code validate}. An edit in the form or a workbook is entry
 * too: unlike a unit's dates ({@code UnitDates}, a rule that changed over time), such a day keeps the record out
 * of every report, so whoever edits the record is asked to correct it (ADR 0192).
 */
public final class RecordValidator {
    /** Upper bounds that catch typing slips (an extra zero) without limiting real work. */
    static final int MAX_PARTICIPANTS = 1_000_000;
    static final long MAX_QUANTITY = 100_000_000L;
    static final long MAX_METRIC = 10_000_000_000L;
    static final long MAX_AMOUNT_VND = 100_000_000_000L;
    static final int MAX_SUSPECTS = 1000;
    private static final int SHORT_TEXT = 200;

    private RecordValidator() {
    }

    public static List<Violation> validate(Activity a) {
        Checks c = new Checks();
        c.meta(a.meta());
        c.required("unitCode", a.unitCode());
        c.required("typeCode", a.typeCode());
        c.required("startDate", a.startDate());
        c.date("startDate", a.startDate());
        c.date("endDate", a.endDate());
        c.order("startDate", a.startDate(), "endDate", a.endDate());
        c.text("title", a.title(), Checks.MAX_TEXT);
        c.text("leadOrg", a.leadOrg(), SHORT_TEXT);
        c.listItems("partnerOrgs", a.partnerOrgs(), SHORT_TEXT);
        c.text("targetGroup", a.targetGroup(), SHORT_TEXT);
        c.text("notes", a.notes(), Checks.MAX_TEXT);
        c.notNegative("participants", a.participants());
        c.atMost("participants", a.participants(), MAX_PARTICIPANTS);
        c.notNegative("quantity", a.quantity());
        c.atMost("quantity", a.quantity(), MAX_QUANTITY);
        return c.violations();
    }

    public static List<Violation> validate(OutreachMetric m) {
        Checks c = new Checks();
        c.meta(m.meta());
        c.required("unitCode", m.unitCode());
        c.required("metricType", m.metricType());
        c.required("periodFrom", m.periodFrom());
        c.required("periodTo", m.periodTo());
        c.date("periodFrom", m.periodFrom());
        c.date("periodTo", m.periodTo());
        c.order("periodFrom", m.periodFrom(), "periodTo", m.periodTo());
        c.notNegative("value", m.value());
        c.atMost("value", m.value(), MAX_METRIC);
        c.text("notes", m.notes(), Checks.MAX_TEXT);
        return c.violations();
    }

    public static List<Violation> validate(DirectionDocument d) {
        Checks c = new Checks();
        c.meta(d.meta());
        c.required("unitCode", d.unitCode());
        c.required("documentKind", d.kind());
        c.required("documentNumber", d.number());
        c.required("issuedOn", d.issuedOn());
        c.required("issuer", d.issuer());
        c.required("documentTitle", d.title());
        c.date("issuedOn", d.issuedOn());
        c.text("documentNumber", d.number(), SHORT_TEXT);
        c.text("issuer", d.issuer(), SHORT_TEXT);
        c.text("documentTitle", d.title(), Checks.MAX_TEXT);
        return c.violations();
    }

    public static List<Violation> forEntry(Activity a) {
        return forEntry(a, LocalDate.now());
    }

    /**
     * On entry an activity of a type the report counts by its quantity (materials and media: copies, places, items,
     * minutes; the catalogue says which) has one above 0: left empty, the report would count "0 tin bài" for the
     * news articles written. Other types are counted by their records. Stored and merged records are not refused.
     */
    public static java.util.Optional<Violation> quantityProblem(Activity a, boolean countedByQuantity, String typeName) {
        if (!countedByQuantity || a.quantity() > 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Violation("quantity", "validation.quantityRequired", typeName));
    }

    public static List<Violation> forEntry(Activity a, LocalDate today) {
        return withDays(withPersonalNumbers(validate(a), a.notes()), today, new Day("startDate", a.startDate()));
    }

    public static List<Violation> forEntry(OutreachMetric m) {
        return forEntry(m, LocalDate.now());
    }

    /** A measurement's period may end later (a year's count entered in December); it must have begun. */
    public static List<Violation> forEntry(OutreachMetric m, LocalDate today) {
        return withDays(withPersonalNumbers(validate(m), m.notes()), today, new Day("periodFrom", m.periodFrom()));
    }

    public static List<Violation> forEntry(DirectionDocument d) {
        return forEntry(d, LocalDate.now());
    }

    public static List<Violation> forEntry(DirectionDocument d, LocalDate today) {
        return withDays(validate(d), today, new Day("issuedOn", d.issuedOn()));
    }

    public static List<Violation> forEntry(TraffickingCase t) {
        return forEntry(t, LocalDate.now());
    }

    /** On entry a case within Vietnam names no destination abroad (see {@link #forEntry(Victim, LocalDate)}). */
    public static List<Violation> forEntry(TraffickingCase t, LocalDate today) {
        List<Violation> found = new ArrayList<>(validate(t));
        if (t.scope() == CaseScope.DOMESTIC && t.destinationCountry() != null && !t.destinationCountry().isBlank()
                && !t.destinationCountry().strip().equalsIgnoreCase("Việt Nam")) {
            found.add(new Violation("destinationCountry", "validation.caseDestinationDomestic", t.destinationCountry()));
        }
        return withDays(withPersonalNumbers(found, t.notes()), today, new Day("detectionDate", t.detectionDate()));
    }

    public static List<Violation> forEntry(Victim v) {
        return forEntry(v, LocalDate.now());
    }

    /**
     * On entry a victim's details must also agree with one another. Records already stored or arriving in a
     * package are not refused for this (a ward's older record must still merge), only what is typed or imported.
     */
    public static List<Violation> forEntry(Victim v, LocalDate today) {
        List<Violation> found = new ArrayList<>(validate(v));
        found.addAll(contradictions(v));
        return withDays(withPersonalNumbers(found, v.notes()), today, new Day("identificationDate", v.identificationDate()),
                new Day("returnedDate", v.returnedDate()));
    }

    /**
     * {@code found} and, if the notes hold one, a document or telephone number: no record's notes are encrypted or
     * kept out of packages (only a victim's identifiers are), so a number typed there about a victim, a suspect or a
     * witness would leave the ward in clear. Entry refuses it on every record, masked in the message.
     */
    private static List<Violation> withPersonalNumbers(List<Violation> found, String notes) {
        // a telephone number first: "+84 912 345 678" holds three groups of three an identity number would take
        java.util.Optional<String> phone = PersonalNumbers.phoneNumber(notes);
        java.util.Optional<String> id = phone.isPresent() ? java.util.Optional.empty()
                : PersonalNumbers.identityNumber(notes);
        if (id.isEmpty() && phone.isEmpty()) {
            return List.copyOf(found);
        }
        List<Violation> all = new ArrayList<>(found);
        all.add(id.map(n -> new Violation("notes", "validation.notesIdentityNumber", n))
                .orElseGet(() -> new Violation("notes", "validation.notesPhoneNumber", phone.get())));
        return List.copyOf(all);
    }

    /** A birth year that puts the victim outside the chosen age band; a destination abroad for a trafficking at home. */
    private static List<Violation> contradictions(Victim v) {
        Checks c = new Checks();
        AgeBand band = knownBand(v.ageBand());
        if (v.birthYear() != null && v.identificationDate() != null) {
            int year = v.identificationDate().getYear();
            int older = year - v.birthYear(); // the age at identification is this or one less
            if (older < 0) {
                c.add("birthYear", "validation.birthAfterIdentification", String.valueOf(v.birthYear()),
                        String.valueOf(year));
            } else if (band != null && band != AgeBand.UNKNOWN && !fits(band, older) && !fits(band, older - 1)) {
                AgeBand right = AgeBand.ofAge(older);
                if (older > 0 && AgeBand.ofAge(older - 1) == right) { // both ages in one band: name it
                    c.add("ageBand", "validation.ageBandContradictsOne", String.valueOf(v.birthYear()),
                            String.valueOf(year), String.valueOf(older - 1), String.valueOf(older),
                            new Violation.Label("enum.AgeBand." + right.name()));
                } else {
                    c.add("ageBand", "validation.ageBandContradicts", String.valueOf(v.birthYear()),
                            String.valueOf(year), String.valueOf(Math.max(0, older - 1)), String.valueOf(older));
                }
            }
        }
        if (v.traffickedWithinVietnam() && v.destinationCountry() != null && !v.destinationCountry().isBlank()
                && !v.destinationCountry().strip().equalsIgnoreCase("Việt Nam")) {
            c.add("destinationCountry", "validation.destinationWithinVietnam", v.destinationCountry());
        }
        if (v.traffickedWithinVietnam() && v.returnPath() == vn.atr.domain.ReturnPath.HANDED_OVER) {
            c.add("returnPath", "validation.handedOverWithinVietnam");
        }
        return c.violations();
    }

    /** A band of {@link AgeBand}, or null for one an administrator configured (its ages are not known here). */
    private static AgeBand knownBand(String code) {
        for (AgeBand b : AgeBand.values()) {
            if (b.name().equals(code)) {
                return b;
            }
        }
        return null;
    }

    private static boolean fits(AgeBand band, int age) {
        return age >= 0 && (AgeBand.ofAge(age) == band || band == AgeBand.UNDER_16 && age < 16);
    }

    public static List<Violation> forEntry(SupportService s) {
        return forEntry(s, LocalDate.now());
    }

    public static List<Violation> forEntry(SupportService s, LocalDate today) {
        return withDays(withPersonalNumbers(validate(s), s.notes()), today, new Day("serviceDate", s.serviceDate()));
    }

    /** A record's field holding a day something happened on. */
    private record Day(String field, LocalDate day) {
    }

    /** {@code found} and the {@code days} after {@code today} (a field already refused keeps its one message). */
    private static List<Violation> withDays(List<Violation> found, LocalDate today, Day... days) {
        Checks c = new Checks();
        for (Day d : days) {
            if (!names(found, d.field())) {
                c.notAfter(d.field(), d.day(), today);
            }
        }
        if (c.violations().isEmpty()) {
            return found;
        }
        List<Violation> all = new ArrayList<>(found);
        all.addAll(c.violations());
        return List.copyOf(all);
    }

    /** Whether a violation is already found for {@code field} (a loop: every imported row comes here). */
    private static boolean names(List<Violation> found, String field) {
        for (Violation v : found) {
            if (v.field().equals(field)) {
                return true;
            }
        }
        return false;
    }

    /** A target: a year the reports know and a positive figure (the indicator's existence is the service's check). */
    public static List<Violation> validate(IndicatorTarget t) {
        Checks c = new Checks();
        if (t.year() < Checks.EARLIEST.getYear() || t.year() > Checks.LATEST.getYear()) {
            c.add("year", "validation.yearOutOfRange", String.valueOf(t.year()));
        }
        c.required("indicator", t.indicatorCode());
        if (t.target() <= 0) {
            c.add("target", "validation.notPositive", t.target());
        }
        c.atMost("target", t.target(), MAX_METRIC);
        return c.violations();
    }

    public static List<Violation> validate(TraffickingCase t) {
        Checks c = new Checks();
        c.meta(t.meta());
        c.required("unitCode", t.unitCode());
        c.required("caseCode", t.caseCode());
        c.text("caseCode", t.caseCode(), SHORT_TEXT);
        c.required("detectionDate", t.detectionDate());
        c.date("detectionDate", t.detectionDate());
        c.required("detectingAgency", t.detectingAgency());
        c.required("scope", t.scope());
        c.required("status", t.status());
        if (t.scope() == CaseScope.CROSS_BORDER) {
            c.required("destinationCountry", t.destinationCountry());
        }
        c.notNegative("suspects", t.suspects());
        c.atMost("suspects", t.suspects(), MAX_SUSPECTS);
        c.text("notes", t.notes(), Checks.MAX_TEXT);
        return c.violations();
    }

    public static List<Violation> validate(Victim v) {
        Checks c = new Checks();
        c.meta(v.meta());
        c.required("unitCode", v.unitCode());
        c.required("caseId", v.caseId());
        c.required("victimCode", v.victimCode());
        c.text("victimCode", v.victimCode(), SHORT_TEXT);
        c.required("sex", v.sex());
        c.required("ageBand", v.ageBand());
        c.required("legalStatus", v.legalStatus());
        c.required("residenceProvinceCode", v.residenceProvinceCode());
        c.date("identificationDate", v.identificationDate());
        c.date("returnedDate", v.returnedDate());
        // no order between them: a victim identified abroad returns later, one who returns alone or is handed over
        // at the border is identified after the reception and checks
        if (v.birthYear() != null) {
            int thisYear = Year.now().getValue();
            if (v.birthYear() < 1900 || v.birthYear() > thisYear) {
                c.add("birthYear", "validation.birthYear", String.valueOf(v.birthYear()), String.valueOf(thisYear));
            }
        }
        if (!v.traffickedWithinVietnam() && (v.destinationCountry() == null || v.destinationCountry().isBlank())) {
            c.add("destinationCountry", "validation.destinationRequired");
        }
        if (v.returnedDate() != null && v.returnPath() == ReturnPath.NOT_RETURNED) {
            c.add("returnPath", "validation.returnPathContradicts");
        }
        c.text("notes", v.notes(), Checks.MAX_TEXT);
        return c.violations();
    }

    public static List<Violation> validate(VictimIdentity i) {
        Checks c = new Checks();
        c.required("victimId", i.victimId());
        c.text("fullName", i.fullName(), SHORT_TEXT);
        c.text("idNumber", i.idNumber(), 20);
        c.text("address", i.address(), 500);
        c.text("phone", i.phone(), 20);
        if (i.idNumber() != null && !i.idNumber().isBlank() && !i.idNumber().matches("[0-9A-Za-z]{6,20}")) {
            c.add("idNumber", "validation.idNumber");
        }
        if (i.phone() != null && !i.phone().isBlank() && !i.phone().matches("\\+?[0-9 .]{6,20}")) {
            c.add("phone", "validation.phone");
        }
        return c.violations();
    }

    public static List<Violation> validate(SupportService s) {
        Checks c = new Checks();
        c.meta(s.meta());
        c.required("unitCode", s.unitCode());
        c.required("victimId", s.victimId());
        c.required("supportType", s.type());
        c.required("serviceDate", s.serviceDate());
        c.date("serviceDate", s.serviceDate());
        c.text("provider", s.provider(), SHORT_TEXT);
        c.notNegative("amountVnd", s.amountVnd());
        c.atMost("amountVnd", s.amountVnd(), MAX_AMOUNT_VND);
        c.text("notes", s.notes(), Checks.MAX_TEXT);
        return c.violations();
    }

    public static List<Violation> validate(AdminUnit u) {
        Checks c = new Checks();
        c.required("code", u.code());
        c.text("code", u.code(), 20);
        c.required("name", u.name());
        c.text("name", u.name(), SHORT_TEXT);
        c.required("level", u.level());
        c.order("validFrom", u.validFrom(), "validTo", u.validTo());
        return c.violations();
    }

    public static List<Violation> validate(Organisation o) {
        Checks c = new Checks();
        c.required("code", o.code());
        c.text("code", o.code(), 20);
        c.required("name", o.name());
        c.text("name", o.name(), SHORT_TEXT);
        c.text("kind", o.kind(), SHORT_TEXT);
        return c.violations();
    }

    /** The names printed on the report, and the unit this installation serves (the first-run questions). */
    public static List<Violation> validate(AgencySettings a) {
        Checks c = new Checks();
        c.required("issuingAgency", a.issuingAgency());
        c.required("installationUnitCode", a.installationUnitCode());
        c.text("superiorAgency", a.superiorAgency(), SHORT_TEXT);
        c.text("issuingAgency", a.issuingAgency(), SHORT_TEXT);
        c.text("abbreviation", a.abbreviation(), SHORT_TEXT);
        c.text("placeName", a.placeName(), SHORT_TEXT);
        c.text("recipient", a.recipient(), SHORT_TEXT);
        c.text("signerTitle", a.signerTitle(), SHORT_TEXT);
        c.text("signerName", a.signerName(), SHORT_TEXT);
        return c.violations();
    }

    /** A catalogue entry's own fields; clashes with other entries are {@link IndicatorRules#validate}'s. */
    public static List<Violation> validate(Indicator e) {
        Checks c = new Checks();
        c.required("indicatorCode", e.code());
        if (e.code() != null && !e.code().isBlank() && !IndicatorRules.CODE.matcher(e.code()).matches()) {
            c.add("indicatorCode", "catalog.badCode", e.code());
        }
        c.required("indicatorKind", e.kind());
        c.required("indicatorName", e.nameVi());
        c.text("indicatorName", e.nameVi(), SHORT_TEXT);
        c.text("indicatorNameEn", e.nameEn(), SHORT_TEXT);
        c.required("indicatorUnit", e.unitVi());
        c.text("indicatorUnit", e.unitVi(), 40);
        c.text("indicatorUnitEn", e.unitEn(), 40);
        c.required("indicatorGroup", e.group());
        c.required("indicatorSection", e.section());
        c.required("indicatorMeasure", e.measure());
        c.notNegative("indicatorOrder", e.order());
        c.atMost("indicatorOrder", e.order(), 1_000_000);
        c.date("introducedOn", e.introducedOn());
        c.date("retiredOn", e.retiredOn());
        c.order("introducedOn", e.introducedOn(), "retiredOn", e.retiredOn());
        return c.violations();
    }
}
